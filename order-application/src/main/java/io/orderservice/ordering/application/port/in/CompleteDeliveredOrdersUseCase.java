package io.orderservice.ordering.application.port.in;

/**
 * Completes the orders whose return window closed: DELIVERED for longer than {@code order-service.fulfilment.return-window}
 * without a return asked for. Each emits {@code OrderCompleted} (review requests, loyalty).
 */
public interface CompleteDeliveredOrdersUseCase {

    /** Returns how many orders were completed now. */
    int completeDue();
}
