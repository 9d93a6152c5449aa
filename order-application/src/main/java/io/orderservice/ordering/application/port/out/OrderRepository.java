package io.orderservice.ordering.application.port.out;

import io.orderservice.ordering.domain.Order;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.OrderId;
import java.util.Optional;

/**
 * Stores and loads orders. Saving an order loaded at a version that is no longer current fails. The one way to store
 * an order: saving it also publishes the events it recorded since it was loaded, in the caller's transaction, so
 * that the event publication registry (the outbox) commits them with the order (ADR 0026).
 */
public interface OrderRepository {

    void save(Order order);

    Optional<Order> findById(OrderId id);

    /** Whose order this is, without loading it: for access checks before a use case loads and locks it. */
    Optional<CustomerId> customerOf(OrderId id);

    /**
     * The order, its row locked until the caller's transaction ends: a concurrent change waits, then reads
     * what this one left (and finds its version moved on).
     */
    Optional<Order> lockById(OrderId id);
}
