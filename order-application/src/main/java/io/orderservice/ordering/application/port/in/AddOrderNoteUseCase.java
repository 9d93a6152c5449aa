package io.orderservice.ordering.application.port.in;

import io.orderservice.ordering.domain.OrderNote;
import io.orderservice.shared.OrderId;
import java.util.Objects;

/**
 * Adds a note to an order: for the customer to see, or internal.
 *
 * @throws OrderNotFoundException when there is no such order
 */
public interface AddOrderNoteUseCase {

    OrderNote add(AddOrderNoteCommand command);

    /** @param operator who writes an internal note; a customer-visible note written without one is the customer's */
    record AddOrderNoteCommand(OrderId orderId, OrderNote.Visibility visibility, String text, String operator) {
        public AddOrderNoteCommand {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(visibility, "visibility");
        }
    }
}
