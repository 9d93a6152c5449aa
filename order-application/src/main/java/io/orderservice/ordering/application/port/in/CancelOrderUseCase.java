package io.orderservice.ordering.application.port.in;

import io.orderservice.shared.Caller;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.OrderId;
import java.util.Objects;

/**
 * Cancels an order in a status that allows it. An order still being placed is given up through its
 * placement saga (its payment voided, its stock released, in reverse; it is cancelled when that is done);
 * a placed order is cancelled at once, and its stock and payment follow through the outbox (released,
 * voided). Cancelling a cancelled order changes nothing. Returns the order as the cancellation left it.
 *
 * @throws OrderNotFoundException when there is no such order
 * @throws StaleOrderException when {@code expectedVersion} is given and the order has moved on
 * @throws io.orderservice.ordering.domain.IllegalOrderTransitionException when its status does not allow it
 */
public interface CancelOrderUseCase {

    OrderView cancel(CancelOrderCommand command);

    /**
     * @param expectedVersion the version the caller read (If-Match), or null to cancel whatever it is now
     * @param by              who cancels: the customer, or support for them
     */
    record CancelOrderCommand(OrderId orderId, Long expectedVersion, String reason, Caller by) {
        public CancelOrderCommand {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(by, "by");
            if (reason == null || reason.isBlank() || reason.length() > 200) {
                throw new InvalidValueException("a cancellation needs a reason of 1 to 200 characters");
            }
        }
    }
}
