package io.orderservice.risk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.ordering.application.port.out.FraudScreening;
import io.orderservice.ordering.application.port.out.FraudScreening.ScreeningRequest;
import io.orderservice.ordering.domain.risk.RiskDecision;
import io.orderservice.risk.domain.RiskRules;
import io.orderservice.risk.domain.VelocityWindow;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentToken;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The screening's facts come from the stored orders and payments ({@link JdbcRiskHistory}); the rules decide. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class RiskRulesOverHistoryIT {

    static final Instant NOW = Instant.now();

    @Autowired
    JdbcClient jdbc;

    /** Rules with a velocity limit of 3 over the last hour, as ordering's screening port would apply them. */
    FraudScreening screening() {
        var rules = new RiskRules(3, 30, new BigDecimal("5"), new BigDecimal("500"), 30, 20, Set.of(), 40, 50, 80);
        var window = new VelocityWindow(Duration.ofHours(1));
        var history = new JdbcRiskHistory(jdbc);
        return request -> rules.assess(history.factsAbout(request, window.since(NOW), rules.velocityLimit() + 1));
    }

    @Test
    void aCustomerWithHistoryAndNoHurryIsAccepted() {
        var customer = "fraud-calm-" + UUID.randomUUID();
        for (int i = 0; i < 4; i++) {
            order(customer, 4_000, NOW.minus(Duration.ofDays(i + 1)));
        }

        var assessment = screening().screen(request(customer, 6_000, "tok_calm"));

        assertThat(assessment.decision()).isEqualTo(RiskDecision.ACCEPT);
    }

    @Test
    void manyRecentOrdersAndAPaymentTokenUsedOftenAreHeldForReviewOrRefused() {
        var customer = "fraud-hurried-" + UUID.randomUUID();
        var token = "tok_" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 4; i++) {
            var order = order(customer, 4_000, NOW.minus(Duration.ofMinutes(10 + i)));
            payment(order, token, NOW.minus(Duration.ofMinutes(10 + i)));
        }

        var assessment = screening().screen(request(customer, 4_000, token));

        assertThat(assessment.reasons()).containsExactly("customer ordered 4 times recently", "payment token used 4 times recently");
        assertThat(assessment.decision()).isEqualTo(RiskDecision.REVIEW);
        assertThat(screening().screen(request(customer, 100_000, token)).decision())
                .as("and far above the customer's average as well").isEqualTo(RiskDecision.REJECT);
    }

    private static ScreeningRequest request(String customer, long amountMinor, String token) {
        return new ScreeningRequest(new OrderId(UUID.randomUUID()), new CustomerId(customer), Money.of(amountMinor, "EUR"),
                "GB", null, new PaymentToken(token), null);
    }

    private UUID order(String customer, long totalMinor, Instant placedAt) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO orders (id, customer_id, status, currency, subtotal_minor, discount_minor, tax_minor,
                          shipping_minor, grand_total_minor, ship_to_recipient, ship_to_line1, ship_to_city,
                          ship_to_postal_code, ship_to_country, placed_at, updated_at, version)
                        VALUES (?, ?, 'PAID', 'EUR', ?, 0, 0, 0, ?, 'Ada', '1 Way', 'London', 'N1 9GU', 'GB', ?, ?, 0)""")
                .params(id, customer, totalMinor, totalMinor, java.sql.Timestamp.from(placedAt), java.sql.Timestamp.from(placedAt))
                .update();
        return id;
    }

    private void payment(UUID order, String token, Instant at) {
        jdbc.sql("""
                        INSERT INTO payment (id, order_id, customer_id, currency, amount_minor, captured_minor, refunded_minor,
                          method_type, token, gateway, status, disputed, created_at, updated_at, version)
                        VALUES (?, ?, 'c', 'EUR', 4000, 0, 0, 'CARD', ?, 'sandbox', 'AUTHORISED', false, ?, ?, 0)""")
                .params(UUID.randomUUID(), order, token, java.sql.Timestamp.from(at), java.sql.Timestamp.from(at)).update();
    }
}
