package io.orderservice.payment.application.port.in;

import io.orderservice.payment.domain.Payment;
import io.orderservice.payment.domain.PaymentStatus;
import io.orderservice.payment.domain.PaymentTransaction;
import io.orderservice.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A payment as callers see it: no token, only what happened to the money.
 *
 * @param authorisationReference the gateway's reference of the authorisation holding the money now (a renewal's, once
 *                               renewed); null before one was given
 */
public record PaymentView(UUID id, UUID orderId, PaymentStatus status, String gateway, Money amount, Money captured,
                          Money refunded, boolean disputed, Instant createdAt, String authorisationReference,
                          List<PaymentTransaction> transactions) {

    public static PaymentView of(Payment payment) {
        return new PaymentView(payment.id().value(), payment.orderId().value(), payment.status(), payment.gateway(),
                payment.amount(), payment.capturedAmount(), payment.refundedAmount(), payment.isDisputed(),
                payment.createdAt(), payment.authorisationReference(), payment.transactions());
    }
}
