package io.orderservice.ordering.application.port.out;

import io.orderservice.ordering.domain.risk.RiskAssessment;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentToken;
import java.util.Objects;

/**
 * Screens an order for fraud before stock is reserved or money asked for: accept, hold for review, or
 * reject, with the reasons. The default adapter scores the order with configurable rules over the
 * service's own order history; an external scoring service can take its place behind this port.
 * <p>
 * What every adapter promises (the kit {@code FraudScreeningContract} checks it, docs/adapters/fraud-screening.md): an
 * order held or refused says why; the same order screened again is decided the same; and a scoring service that cannot
 * answer now holds the order for review, with a reason saying so, and throws nothing.
 */
public interface FraudScreening {

    RiskAssessment screen(ScreeningRequest request);

    /**
     * @param orderId        the order being screened, already stored: not part of its own history
     * @param billingCountry ISO code of the payment method's billing address, if the client sent one
     * @param clientAddress  the client's IP address, if known
     */
    record ScreeningRequest(OrderId orderId, CustomerId customerId, Money amount, String shippingCountry, String billingCountry,
                            PaymentToken paymentToken, String clientAddress) {
        public ScreeningRequest {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(shippingCountry, "shippingCountry");
            Objects.requireNonNull(paymentToken, "paymentToken");
        }
    }
}
