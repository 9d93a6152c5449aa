package io.orderservice.ordering.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;

/** A refund the order cannot give: more than is left of what was captured, or units it does not have to give back. */
public class RefundRefusedException extends InvalidValueException {

    private final Money refundable;

    public RefundRefusedException(String message, Money refundable) {
        super(message);
        this.refundable = refundable;
    }

    /** What could still be refunded when it was refused. */
    public Money refundable() {
        return refundable;
    }
}
