package io.orderservice.ordering.application.port.in;

import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.Sku;
import java.util.Objects;

/**
 * Adds a line, changes a line's quantity or removes a line, while the order's status allows CHANGE_LINES
 * (awaiting approval, paid, backordered). New lines are priced now, kept lines keep their price; discount,
 * tax and shipping are priced again for the new basket. A placed order's stock is held again for the new
 * lines and its payment made to cover the new total (re-authorised when it grew). All or nothing: a refusal
 * changes nothing. Requires the version the caller read.
 *
 * @throws OrderNotFoundException when there is no such order
 * @throws StaleOrderException when the order has moved on from {@code expectedVersion}
 * @throws io.orderservice.ordering.domain.IllegalOrderTransitionException when its status does not allow it
 * @throws OrderPlacementRefusedException for an unknown SKU, missing stock, or a declined re-authorisation
 * @throws PaymentUnavailableException when the re-authorisation could not reach a gateway
 */
public interface ChangeOrderLinesUseCase {

    OrderView change(ChangeOrderLinesCommand command);

    record ChangeOrderLinesCommand(OrderId orderId, long expectedVersion, LineChange change, Caller by) {
        public ChangeOrderLinesCommand {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(change, "change");
        }
    }

    sealed interface LineChange permits AddLine, ChangeQuantity, RemoveLine {
    }

    /** A SKU the order does not have yet (change the quantity of one it has). */
    record AddLine(Sku sku, Quantity quantity) implements LineChange {
        public AddLine {
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(quantity, "quantity");
        }
    }

    record ChangeQuantity(int lineNumber, Quantity quantity) implements LineChange {
        public ChangeQuantity {
            Objects.requireNonNull(quantity, "quantity");
        }
    }

    record RemoveLine(int lineNumber) implements LineChange {
    }
}
