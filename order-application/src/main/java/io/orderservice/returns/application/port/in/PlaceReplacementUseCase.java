package io.orderservice.returns.application.port.in;

import io.orderservice.shared.OrderId;
import java.util.UUID;

/**
 * Places an approved exchange's replacement order through ordering's placement (its stock reserved at once, its
 * payment method charged only what the returned units' value does not cover), or, when none can be placed, records that
 * the return is refunded instead. Calls a payment gateway: never inside a transaction. Done once per return: asked
 * again, it changes nothing.
 */
public interface PlaceReplacementUseCase {

    void place(OrderId orderId, UUID returnId);
}
