package io.orderservice.returns.application.port.out;

import io.orderservice.returns.domain.ReturnRequest;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Return requests as stored; saving one publishes the events it recorded. */
public interface ReturnRequests {

    /**
     * Holds the order's returns until the transaction ends: two requests of one order are made one after the other,
     * so that what one takes from what is left to return is seen by the other.
     */
    void hold(OrderId orderId);

    /** The order's requests, oldest first. */
    List<ReturnRequest> ofOrder(OrderId orderId);

    Optional<ReturnRequest> byId(UUID id);

    /** The request whose parcel travels with this carrier under this tracking number. */
    Optional<ReturnRequest> byParcel(String carrier, String trackingNumber);

    /**
     * Stores a new request, or a decision on one read at its version; answers the version it is stored at.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when someone changed it since it was read
     */
    long save(ReturnRequest request);

    /** Requests no rule approved, waiting for an operator: oldest first, at most {@code limit}. */
    List<ReturnRequest> awaitingDecision(int limit);

    /** How many return requests the customer made at or after {@code since}. */
    int countRequestedBy(CustomerId customerId, Instant since);
}
