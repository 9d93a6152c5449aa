package io.orderservice.ordering.domain.status;

import java.util.Set;

/**
 * Where an order stands in its life. The allowed moves between statuses are the rows of
 * {@link OrderTransitions}; docs/state-machine.md is generated from the same table.
 */
public enum OrderStatus {

    /** Placed by a B2B customer or above the value threshold: waits for an approver. */
    PENDING_APPROVAL,
    /** Placed; the payment is not yet authorised. */
    AWAITING_PAYMENT,
    /** Held for a manual decision, e.g. a fraud review. */
    ON_HOLD,
    /** The payment was declined or failed; the customer may retry within a window. */
    PAYMENT_FAILED,
    /** The payment is authorised (captured on shipment): ready for fulfilment. */
    PAID,
    /** Paid, but some lines wait for stock. */
    BACKORDERED,
    /** Some lines have shipped, others have not yet. */
    PARTIALLY_SHIPPED,
    /** Every line has shipped. */
    SHIPPED,
    /** The carrier delivered every shipment. */
    DELIVERED,
    /** Delivered and past the return window with no return open. Final (refunds still possible). */
    COMPLETED,
    /** The customer asked to return delivered goods; the request is open (docs/returns.md). */
    RETURN_REQUESTED,
    /**
     * Part of what was delivered came back and was refunded, and no return is open: the customer kept the rest.
     * Completed when the return window closes; another return may still be asked for within it.
     */
    PARTIALLY_RETURNED,
    /** Everything delivered came back and was refunded. Final (refunds still possible). */
    RETURNED,
    /** Cancelled before shipping; stock released and payment voided or refunded. Final. */
    CANCELLED,
    /** Refused during placement (fraud, undeliverable address, no stock). Final. */
    REJECTED;

    /** Whether no action leads anywhere else any more (money may still be refunded: REFUND keeps the status). */
    public boolean isFinal() {
        return OrderTransitions.allowedFrom(this).stream()
                .allMatch(action -> OrderTransitions.next(this, action).orElseThrow() == this);
    }

    public Set<OrderAction> allowedActions() {
        return OrderTransitions.allowedFrom(this);
    }
}
