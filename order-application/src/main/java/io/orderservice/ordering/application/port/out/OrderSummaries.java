package io.orderservice.ordering.application.port.out;

import io.orderservice.ordering.application.port.in.OrderSummary;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.util.List;

/** Reads order summaries straight from storage, without loading aggregates. */
public interface OrderSummaries {

    List<OrderSummary> newestFirst(CustomerId customerId, int limit);

    /** Orders whose payment failed before {@code cutoff} and was not retried since, oldest first. */
    List<OrderId> paymentFailedBefore(Instant cutoff, int limit);
}
