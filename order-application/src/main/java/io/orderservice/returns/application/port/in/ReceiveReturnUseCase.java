package io.orderservice.returns.application.port.in;

import io.orderservice.returns.domain.ReturnReceipt;
import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The warehouse records what arrived of an approved return and in what condition: restockable units go back on hand at
 * its location (serving the SKU's waiting backorders first), restockable and damaged units are refunded to the original
 * payment method through the order (their share of what was paid, the shipping when the shop was at fault, less a
 * restocking fee otherwise, never beyond what is refundable), refused and missing units are not (an operator may
 * still refund them: {@code POST /orders/{id}/refunds}).
 *
 * @throws ReturnNotFoundException when the order has no such return
 * @throws ReturnChangedException when it changed since {@code expectedVersion}
 * @throws io.orderservice.shared.AccessRefusedException when the caller does not act for the location
 * @throws io.orderservice.shared.InvalidValueException when it is not approved, was received already, or more units
 *                                                      arrived of a line than were approved
 */
public interface ReceiveReturnUseCase {

    ReturnView receive(ReceiveReturn command);

    /** @param expectedVersion the version the warehouse read (If-Match), or null */
    record ReceiveReturn(OrderId orderId, UUID returnId, String location, List<ReturnReceipt.Line> lines, Caller by,
                         Long expectedVersion) {
        public ReceiveReturn {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(returnId, "returnId");
            lines = List.copyOf(lines);
            Objects.requireNonNull(by, "by");
        }
    }
}
