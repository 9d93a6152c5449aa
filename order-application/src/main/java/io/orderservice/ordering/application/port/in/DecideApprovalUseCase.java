package io.orderservice.ordering.application.port.in;

import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;

/**
 * An approver decides on an order waiting for approval (PENDING_APPROVAL): approved, its placement starts
 * (screening, stock, payment); rejected, it is cancelled with the reason. The decision and its author are
 * in the order's history.
 *
 * @throws OrderNotFoundException when there is no such order
 * @throws io.orderservice.ordering.domain.saga.IllegalSagaStateException when the order waits for no approval
 */
public interface DecideApprovalUseCase {

    OrderView decide(OrderId orderId, boolean approve, String reason, Caller approver);
}
