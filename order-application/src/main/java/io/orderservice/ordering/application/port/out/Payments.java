package io.orderservice.ordering.application.port.out;

import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentToken;

/** Secures the money for an order. A decline is an answer, not an error. */
public interface Payments {

    /** @throws PaymentAlreadyInProgressException when the order has a payment under way or made already */
    PaymentOutcome authorise(PaymentRequest request);

    record PaymentRequest(OrderId orderId, CustomerId customerId, Money amount, PaymentMethodType methodType,
                          PaymentToken token) {
    }

    sealed interface PaymentOutcome permits Authorised, ActionRequired, Declined, Unavailable {
    }

    /** The gateway holds the amount; {@code reference} is its id for the authorisation. */
    record Authorised(String reference) implements PaymentOutcome {
    }

    /**
     * The customer must confirm the payment at {@code actionUrl} (3-D Secure style); the order waits for
     * the payment's result, which arrives later.
     */
    record ActionRequired(String reference, String actionUrl) implements PaymentOutcome {
    }

    /** The gateway refused; {@code code} is machine-readable (e.g. card_declined), {@code message} for people. */
    record Declined(String code, String message) implements PaymentOutcome {
    }

    /** No gateway could be reached; nothing was charged as far as anyone knows. Worth trying again later. */
    record Unavailable(String reason) implements PaymentOutcome {
    }
}
