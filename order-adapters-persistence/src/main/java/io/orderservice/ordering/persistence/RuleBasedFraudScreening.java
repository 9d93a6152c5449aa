package io.orderservice.ordering.persistence;

import io.orderservice.ordering.application.port.out.FraudScreening;
import io.orderservice.ordering.domain.risk.RiskAssessment;
import io.orderservice.ordering.domain.risk.RiskFacts;
import io.orderservice.ordering.domain.risk.RiskRules;
import io.orderservice.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The default fraud screening: the facts come from this service's own tables in one statement (recent
 * orders by the customer and by the payment token, the customer's order count and average), the
 * decision from {@link RiskRules} configured under {@code order-service.fraud}. The order being screened
 * is already stored (placement stores it before its saga screens it) and is left out of its own history.
 * Velocity by client IP address counts recent placements from that address (kept on the placement saga).
 */
@Component
class RuleBasedFraudScreening implements FraudScreening {

    /** How many of a customer's latest orders make their history (the average the amount rule compares with). */
    private static final int HISTORY = 100;

    private final JdbcClient jdbc;
    private final RiskRules rules;
    private final Duration velocityWindow;
    private final Clock clock;

    RuleBasedFraudScreening(JdbcClient jdbc, FraudProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.rules = properties.toRules();
        this.velocityWindow = properties.velocityWindow();
        this.clock = clock;
    }

    @Override
    public RiskAssessment screen(ScreeningRequest request) {
        var since = java.sql.Timestamp.from(clock.instant().minus(velocityWindow));
        var currency = request.amount().currency();
        // Each count stops one past the velocity limit and the average looks at the customer's latest orders:
        // what a rule needs to know, at a cost that does not grow with a busy customer or token.
        var facts = jdbc.sql("""
                        SELECT
                          (SELECT count(*) FROM (SELECT 1 FROM orders WHERE customer_id = :customer AND placed_at >= :since
                             AND id <> :order LIMIT :cap) c) AS by_customer,
                          (SELECT count(*) FROM (SELECT 1 FROM payment WHERE token = :token AND created_at >= :since
                             AND order_id <> :order LIMIT :cap) t) AS by_token,
                          (SELECT count(*) FROM (SELECT 1 FROM placement_saga WHERE client_address = :client
                             AND started_at >= :since AND order_id <> :order LIMIT :cap) a) AS by_client,
                          (SELECT count(*) FROM (SELECT 1 FROM orders WHERE customer_id = :customer AND id <> :order
                             LIMIT :history) p) AS previous,
                          (SELECT avg(grand_total_minor) FROM (SELECT grand_total_minor FROM orders
                             WHERE customer_id = :customer AND currency = :currency AND id <> :order
                             ORDER BY placed_at DESC LIMIT :history) h) AS average""")
                .param("order", request.orderId().value())
                .param("client", request.clientAddress())
                .param("customer", request.customerId().value())
                .param("token", request.paymentToken().value())
                .param("since", since)
                .param("currency", currency.getCurrencyCode())
                .param("cap", rules.velocityLimit() + 1)
                .param("history", HISTORY)
                .query((row, number) -> {
                    var average = row.getBigDecimal("average");
                    return new RiskFacts(request.amount(), request.shippingCountry(), request.billingCountry(),
                            row.getInt("by_customer"), row.getInt("by_token"), row.getInt("by_client"), row.getInt("previous"),
                            average == null ? null : new Money(average.setScale(0, RoundingMode.HALF_EVEN).longValueExact(), currency));
                }).single();
        return rules.assess(facts);
    }

    /**
     * The rules' points and thresholds ({@code order-service.fraud}); see {@link RiskRules} for each.
     *
     * @param velocityWindow how far back "recent" orders count
     */
    @ConfigurationProperties("order-service.fraud")
    record FraudProperties(Duration velocityWindow, Integer velocityLimit, Integer velocityPoints, BigDecimal amountMultiple,
                           BigDecimal firstOrderLimit, Integer amountPoints, Integer countryMismatchPoints,
                           Set<String> riskyCountries, Integer riskyCountryPoints, Integer reviewAt, Integer rejectAt) {

        FraudProperties {
            velocityWindow = velocityWindow == null ? Duration.ofHours(1) : velocityWindow;
        }

        RiskRules toRules() {
            return new RiskRules(or(velocityLimit, 5), or(velocityPoints, 30), amountMultiple == null ? BigDecimal.TEN : amountMultiple,
                    firstOrderLimit == null ? new BigDecimal("1000") : firstOrderLimit, or(amountPoints, 30),
                    or(countryMismatchPoints, 20), riskyCountries, or(riskyCountryPoints, 40), or(reviewAt, 50), or(rejectAt, 80));
        }

        private static int or(Integer value, int otherwise) {
            return value == null ? otherwise : value;
        }
    }
}
