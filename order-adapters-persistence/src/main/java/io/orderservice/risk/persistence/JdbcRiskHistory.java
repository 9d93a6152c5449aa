package io.orderservice.risk.persistence;

import io.orderservice.ordering.application.port.out.FraudScreening.ScreeningRequest;
import io.orderservice.risk.application.port.out.RiskHistory;
import io.orderservice.risk.domain.RiskFacts;
import io.orderservice.shared.Money;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The facts of a screening from this service's own tables, in one statement: recent orders by the customer and by the
 * payment token, recent placements from the client's IP address (kept on the placement saga), the customer's order
 * count and average. The order being screened is already stored (placement stores it before its saga screens it) and
 * is left out of its own history.
 */
@Component
class JdbcRiskHistory implements RiskHistory {

    /** The facts in one statement (the benchmark's database ceiling runs it too: DatabaseCeilingTest). */
    static final String FACTS = """
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
                             ORDER BY placed_at DESC LIMIT :history) h) AS average""";

    /** How many of a customer's latest orders make their history (the average the amount rule compares with). */
    private static final int HISTORY = 100;

    private final JdbcClient jdbc;

    JdbcRiskHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RiskFacts factsAbout(ScreeningRequest request, Instant recentSince, int countUpTo) {
        var currency = request.amount().currency();
        // Each count stops at countUpTo and the average looks at the customer's latest orders: what a rule needs to
        // know, at a cost that does not grow with a busy customer or token.
        return jdbc.sql(FACTS)
                .param("order", request.orderId().value())
                .param("client", request.clientAddress())
                .param("customer", request.customerId().value())
                .param("token", request.paymentToken().value())
                .param("since", Timestamp.from(recentSince))
                .param("currency", currency.getCurrencyCode())
                .param("cap", countUpTo)
                .param("history", HISTORY)
                .query((row, number) -> {
                    var average = row.getBigDecimal("average");
                    return new RiskFacts(request.amount(), request.shippingCountry(), request.billingCountry(),
                            row.getInt("by_customer"), row.getInt("by_token"), row.getInt("by_client"), row.getInt("previous"),
                            average == null ? null : new Money(average.setScale(0, RoundingMode.HALF_EVEN).longValueExact(), currency));
                }).single();
    }
}
