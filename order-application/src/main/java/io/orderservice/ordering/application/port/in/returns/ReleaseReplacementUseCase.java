package io.orderservice.ordering.application.port.in.returns;

import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;

/**
 * Returns tells ordering that the return an exchange's replacement waits for arrived: the replacement may ship. In the
 * caller's transaction, under the replacement's row lock; told twice, or for a replacement that waits for nothing, it
 * changes nothing.
 */
public interface ReleaseReplacementUseCase {

    /** @param by who received the return, or null for a rule of the shop */
    void returnArrived(OrderId replacement, Caller by);
}
