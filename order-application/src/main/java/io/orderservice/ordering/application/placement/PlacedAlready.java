package io.orderservice.ordering.application.placement;

import io.orderservice.shared.OrderId;

/** The request placing an order was placed already, by another run of it (a retry): that run's order stands. */
final class PlacedAlready extends RuntimeException {

    private final OrderId order;

    PlacedAlready(OrderId order) {
        super("the request placed order " + order + " already", null, false, false);
        this.order = order;
    }

    OrderId order() {
        return order;
    }
}
