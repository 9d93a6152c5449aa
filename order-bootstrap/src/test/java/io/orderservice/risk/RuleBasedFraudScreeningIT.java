package io.orderservice.risk;

import io.orderservice.ordering.application.port.out.FraudScreening.ScreeningRequest;
import io.orderservice.ordering.application.port.out.FraudScreening;
import io.orderservice.ordering.domain.risk.RiskDecision;
import io.orderservice.ordering.kit.FraudScreeningContract;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentToken;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The rule-based fraud screening, as the service runs it (its history read from PostgreSQL, its rules from
 * application.yaml, Antarctica on the risk list), passes the fraud kit. It asks no service, so the kit's outage
 * scenarios are skipped.
 */
@OrderServiceIntegrationTest
class RuleBasedFraudScreeningIT extends FraudScreeningContract {

    @DynamicPropertySource
    static void riskyCountry(DynamicPropertyRegistry properties) {
        properties.add("order-service.fraud.risky-countries[0]", () -> "AQ");
    }

    @Autowired
    FraudScreening screening;

    @Override
    protected FraudScreening screening() {
        return screening;
    }

    @Override
    protected Map<String, Sample> samples() {
        return Map.of(
                "a small first order, billed where it ships", new Sample(request(5_000, "GB", "GB"), RiskDecision.ACCEPT),
                "a first order above the first-order limit, billed abroad", new Sample(request(200_000, "GB", "DE"),
                        RiskDecision.REVIEW),
                "the same, shipped to a country on the risk list", new Sample(request(200_000, "AQ", "DE"), RiskDecision.REJECT));
    }

    /** A new customer with a new token: no history of their own. */
    private static ScreeningRequest request(long amountMinor, String shippingCountry, String billingCountry) {
        var someone = UUID.randomUUID().toString().substring(0, 8);
        return new ScreeningRequest(OrderId.newId(), new CustomerId("fraud-kit-" + someone), Money.of(amountMinor, "EUR"),
                shippingCountry, billingCountry, new PaymentToken("tok_fraud_kit_" + someone), null);
    }
}
