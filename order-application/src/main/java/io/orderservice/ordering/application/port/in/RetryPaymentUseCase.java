package io.orderservice.ordering.application.port.in;

import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentProvider;
import io.orderservice.shared.PaymentToken;
import io.orderservice.shared.RequestKey;
import java.util.Objects;

/**
 * Pays an order whose payment was declined with another payment method, within the retry window that
 * follows the decline; its stock stays reserved meanwhile. Returns the order as the retry left it (awaiting
 * payment); {@link AwaitPlacementQuery} waits for the new attempt's outcome.
 *
 * @throws PaymentRetryRefusedException when the order is not waiting for a retry or its window has closed
 * @throws OrderPlacementRefusedException when the provider named is not one the order's payment route offers
 */
public interface RetryPaymentUseCase {

    OrderView retry(RetryPaymentCommand command);

    /**
     * @param paymentProvider the provider the customer chose this time, or null (as {@link PlaceOrderCommand#paymentProvider})
     * @param requestKey      the request's Idempotency-Key, when it sent one: a retry of it starts one payment attempt
     */
    record RetryPaymentCommand(OrderId orderId, PaymentMethodType paymentMethodType, PaymentToken paymentToken,
                               PaymentProvider paymentProvider, RequestKey requestKey) {
        public RetryPaymentCommand {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(paymentMethodType, "paymentMethodType");
            Objects.requireNonNull(paymentToken, "paymentToken");
        }

        public RetryPaymentCommand(OrderId orderId, PaymentMethodType paymentMethodType, PaymentToken paymentToken) {
            this(orderId, paymentMethodType, paymentToken, null, null);
        }
    }
}
