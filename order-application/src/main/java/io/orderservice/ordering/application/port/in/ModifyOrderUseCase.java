package io.orderservice.ordering.application.port.in;

import io.orderservice.shared.Address;
import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Replaces what may still change about an order before it ships: where it goes (verified and normalised
 * like at placement), instructions for the carrier, the day the customer wants it. Requires the version
 * the caller read; concurrent changes are serialised and the later one finds its version stale.
 *
 * @throws OrderNotFoundException when there is no such order
 * @throws StaleOrderException when the order has moved on from {@code expectedVersion}
 * @throws io.orderservice.ordering.domain.IllegalOrderTransitionException when its status no longer allows changes
 * @throws io.orderservice.ordering.domain.saga.IllegalSagaStateException while its placement is running
 * @throws OrderPlacementRefusedException when the new address cannot be delivered or shipped to
 */
public interface ModifyOrderUseCase {

    OrderView modify(ModifyOrderCommand command);

    record ModifyOrderCommand(OrderId orderId, long expectedVersion, Address shippingAddress, String deliveryInstructions,
                              LocalDate requestedDeliveryDate, Caller by) {
        public ModifyOrderCommand {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(shippingAddress, "shippingAddress");
        }
    }
}
