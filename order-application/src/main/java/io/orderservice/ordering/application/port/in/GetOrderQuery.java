package io.orderservice.ordering.application.port.in;

import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;
import org.springframework.modulith.NamedInterface;

/**
 * Reads one order.
 *
 * @throws OrderNotFoundException when there is no such order
 */
@NamedInterface("order-views")
public interface GetOrderQuery {

    /** The order, when {@code caller} reaches it (docs/security.md); otherwise {@link OrderNotFoundException}. */
    OrderView get(OrderId id, Caller caller);
}
