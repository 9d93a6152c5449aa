package io.orderservice.ordering.domain;

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
    REQUEST_RETURN,
    RECEIVE_RETURN,
    DECLINE_RETURN,
    CANCEL,
    /** Change what may still change before the order ships (its delivery details); the status stays. */
    MODIFY,
    /** Give captured money back (an operator's refund); the status stays. Possible once something was captured. */
    REFUND
}
