package io.orderservice.payment.domain;

/** What a payment transaction asked of the gateway. */
public enum TransactionKind {
    AUTHORISATION, CAPTURE, VOID, REFUND, DISPUTE
}
