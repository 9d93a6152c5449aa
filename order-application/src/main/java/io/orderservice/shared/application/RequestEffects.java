package io.orderservice.shared.application;

import io.orderservice.shared.RequestKey;

/**
 * Whether the effect of a request sent with an {@code Idempotency-Key} was applied already. The request claims its
 * effect in the transaction that applies it, so the claim commits or rolls back with the effect: a retry whose first
 * answer was lost in a crash (after the commit, before the answer was kept) finds the claim and applies nothing twice.
 * For operations whose effect is no new thing with an id of its own to derive from the key (a stock receipt, a payment
 * retry, a note); what does have one (an order, a refund, a shipment) is found by that instead. A claim lasts as long
 * as its key is kept ({@code order-service.idempotency.retention}).
 */
public interface RequestEffects {

    /**
     * Claims the request's effect for the caller's transaction.
     *
     * @return true when the caller is to apply the effect (the first run, or a request whose key the service did not
     * claim: a path configured not to honour keys); false when a run of the same request applied it already
     */
    boolean firstTime(RequestKey key);
}
