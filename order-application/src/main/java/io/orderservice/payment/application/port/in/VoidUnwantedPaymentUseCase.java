package io.orderservice.payment.application.port.in;

import io.orderservice.payment.domain.PaymentId;
import java.util.Optional;

/**
 * Releases one payment's authorisation that its order no longer wants (it came after a cancellation, or a
 * re-authorisation for a new total replaced it). By payment, not by order: the order may hold another,
 * wanted payment. Empty when that payment holds nothing (any more): voiding twice is harmless.
 */
public interface VoidUnwantedPaymentUseCase {

    Optional<PaymentView> voidUnwanted(PaymentId paymentId);
}
