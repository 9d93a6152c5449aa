package io.orderservice.ordering.application.port.in;

import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentToken;
import java.util.Objects;

/**
 * Pays an order whose payment failed with another payment method, within the retry window that
 * follows the failure; its stock stays reserved meanwhile. Refusals are {@link OrderPlacementRefusedException}
 * (declined, unavailable) and {@link PaymentRetryRefusedException} (window closed, a payment in progress).
 */
public interface RetryPaymentUseCase {

    OrderView retry(RetryPaymentCommand command);

    record RetryPaymentCommand(OrderId orderId, PaymentMethodType paymentMethodType, PaymentToken paymentToken) {
        public RetryPaymentCommand {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(paymentMethodType, "paymentMethodType");
            Objects.requireNonNull(paymentToken, "paymentToken");
        }
    }
}
