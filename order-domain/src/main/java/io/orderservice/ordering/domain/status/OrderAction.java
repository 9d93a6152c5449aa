package io.orderservice.ordering.domain.status;

/** What can happen to a placed order. Each action is a verb method of {@link Order}. */
public enum OrderAction {
    APPROVE,
    REJECT_APPROVAL,
    HOLD,
    RELEASE_HOLD,
    AUTHORISE_PAYMENT,
    FAIL_PAYMENT,
    RETRY_PAYMENT,
    REJECT,
    BACKORDER,
    FILL_BACKORDER,
    SHIP_PARTIALLY,
    SHIP,
    DELIVER,
    COMPLETE,
    /**
     * The customer asked to send delivered units back (the returns capability's request): RETURN_REQUESTED once the
     * order is delivered; while other parcels are on their way the status stays.
     */
    REQUEST_RETURN,
    /**
     * A return request moved on — decided (approved, in part or in full, or rejected while others stay open), or
     * received — and the order's status stays.
     */
    ADVANCE_RETURN,
    /** The order's last open return ended and, with the returns before it, everything delivered came back. */
    RECEIVE_RETURN,
    /** The order's last open return ended (received, or rejected) and part of what was delivered came back. */
    RECEIVE_RETURN_IN_PART,
    /**
     * The order's last open return request was rejected and nothing came back: the order is DELIVERED again, completed
     * when its window closes.
     */
    DECLINE_RETURN,
    CANCEL,
    /** Change what may still change before the order ships (its delivery details); the status stays. */
    MODIFY,
    /**
     * Add, change or remove lines (re-priced, stock and payment adjusted); the status stays. Before the placement
     * starts (awaiting approval) and once it is done (paid, backordered), never while its saga holds the order.
     */
    CHANGE_LINES,
    /** Give captured money back (an operator's refund); the status stays. Possible once something was captured. */
    REFUND
}
