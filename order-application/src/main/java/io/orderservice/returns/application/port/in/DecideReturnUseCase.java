package io.orderservice.returns.application.port.in;

import io.orderservice.returns.domain.ReturnLine;
import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An operator decides a return request no rule approved: approves it, approves some of its units, or rejects it,
 * with the reason the customer is told.
 *
 * @throws ReturnNotFoundException when the order has no such return
 * @throws io.orderservice.shared.InvalidValueException when it was decided already, or the decision does not fit it
 * @throws ReturnChangedException when it changed since {@code expectedVersion}
 */
public interface DecideReturnUseCase {

    ReturnView decide(DecideReturn command);

    enum Outcome { APPROVE, APPROVE_PARTLY, REJECT }

    /**
     * @param approved        for a partial approval, the units approved per line
     * @param expectedVersion the version the operator read (If-Match), or null
     */
    record DecideReturn(OrderId orderId, UUID returnId, Outcome outcome, List<ReturnLine> approved, String reason,
                        Caller by, Long expectedVersion) {
        public DecideReturn {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(returnId, "returnId");
            Objects.requireNonNull(outcome, "outcome");
            approved = approved == null ? List.of() : List.copyOf(approved);
            Objects.requireNonNull(by, "by");
        }
    }
}
