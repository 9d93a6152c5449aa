package io.orderservice.payment.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a payment stands. The order of the constants is the order in which news about a payment can
 * arrive: a result that a later status already implies (an "authorised" webhook for a captured
 * payment) is old news and changes nothing.
 */
public enum PaymentStatus {
    /** Recorded before the gateway is asked, so two attempts for one order cannot both reach it. */
    PENDING,
    /** The gateway wants the customer to act (3-D Secure style); the result arrives later. */
    REQUIRES_ACTION,
    AUTHORISED,
    CAPTURED,
    PARTIALLY_REFUNDED,
    REFUNDED,
    /** An authorisation released without capture. */
    VOIDED,
    DECLINED,
    /** The gateway could not be reached or answered with an error; no money is held. */
    FAILED;

    private static final Set<PaymentStatus> FINAL = EnumSet.of(REFUNDED, VOIDED, DECLINED, FAILED);
    private static final Set<PaymentStatus> HOLDS_MONEY = EnumSet.of(AUTHORISED, CAPTURED, PARTIALLY_REFUNDED);

    public boolean isFinal() {
        return FINAL.contains(this);
    }

    /** Whether the customer's money is held or taken (and could need releasing or refunding). */
    public boolean holdsMoney() {
        return HOLDS_MONEY.contains(this);
    }

    /** Whether the payment is still in play for its order: only one per order may be at a time. */
    public boolean isLive() {
        return !isFinal();
    }
}
