package io.orderservice.ordering.application.port.in;

import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;

/**
 * Whether a caller reaches an order (docs/security.md): staff reach every order, a customer or a storefront acting
 * for one only that customer's. An order the caller may not reach is answered as if it did not exist, so its
 * existence is not revealed either.
 */
public interface OrderAccessQuery {

    /** @throws OrderNotFoundException when there is no such order or the caller may not reach it */
    void requireReachable(OrderId id, Caller caller);
}
