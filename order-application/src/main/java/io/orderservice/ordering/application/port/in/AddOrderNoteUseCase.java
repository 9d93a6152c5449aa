package io.orderservice.ordering.application.port.in;

import io.orderservice.ordering.domain.OrderNote;
import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.RequestKey;
import java.util.Objects;

/**
 * Adds a note to an order: for the customer to see, or internal.
 *
 * @throws OrderNotFoundException when there is no such order
 */
public interface AddOrderNoteUseCase {

    OrderNote add(AddOrderNoteCommand command);

    /** @param by who writes it: the shop's staff write internal notes or customer-visible ones, customers only the latter */
    /** @param requestKey the request's Idempotency-Key, when it sent one: a retry of it writes the note once */
    record AddOrderNoteCommand(OrderId orderId, OrderNote.Visibility visibility, String text, Caller by, RequestKey requestKey) {
        public AddOrderNoteCommand {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(visibility, "visibility");
            Objects.requireNonNull(by, "by");
        }

        public AddOrderNoteCommand(OrderId orderId, OrderNote.Visibility visibility, String text, Caller by) {
            this(orderId, visibility, text, by, null);
        }
    }
}
