package io.orderservice.risk.domain;

import static io.orderservice.shared.PropertyFalsification.assertFalsified;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.orderservice.ordering.domain.risk.RiskAssessment;
import io.orderservice.ordering.domain.risk.RiskDecision;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import java.math.BigDecimal;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RiskRulesTest {

    static final RiskRules RULES = new RiskRules(3, 30, new BigDecimal("5"), new BigDecimal("500"), 30, 20,
            Set.of("KP"), 40, 50, 80);

    static RiskFacts facts(long amountMinor, int byCustomer, int byToken, int byAddress, int previous, Long averageMinor,
                           String billing, String shipping) {
        return new RiskFacts(Money.of(amountMinor, "EUR"), shipping, billing, byCustomer, byToken, byAddress, previous,
                averageMinor == null ? null : Money.of(averageMinor, "EUR"));
    }

    @Test
    void anOrdinaryOrderIsAccepted() {
        var assessment = RULES.assess(facts(4_000, 1, 1, 1, 5, 3_500L, "GB", "GB"));

        assertThat(assessment.decision()).isEqualTo(RiskDecision.ACCEPT);
        assertThat(assessment.score()).isZero();
        assertThat(assessment.reasons()).isEmpty();
    }

    @Test
    void velocityAndACountryMismatchHoldTheOrderForReview() {
        var assessment = RULES.assess(facts(4_000, 4, 1, 1, 5, 3_500L, "US", "GB"));

        assertThat(assessment.score()).isEqualTo(50);
        assertThat(assessment.decision()).isEqualTo(RiskDecision.REVIEW);
        assertThat(assessment.reasons()).containsExactly("customer ordered 4 times recently",
                "billing country US differs from shipping country GB");
    }

    @Test
    void manySignalsTogetherRejectTheOrder() {
        var assessment = RULES.assess(facts(90_000, 5, 5, 1, 0, null, null, "GB"));

        assertThat(assessment.reasons()).contains("large first order", "payment token used 5 times recently");
        assertThat(assessment.score()).isEqualTo(90);
        assertThat(assessment.decision()).isEqualTo(RiskDecision.REJECT);
    }

    @Test
    void anAmountFarAboveTheCustomersAverageCounts() {
        assertThat(RULES.assess(facts(17_501, 0, 0, 0, 3, 3_500L, null, "GB")).reasons())
                .containsExactly("amount far above the customer's average");
        assertThat(RULES.assess(facts(17_500, 0, 0, 0, 3, 3_500L, null, "GB")).reasons()).isEmpty();
    }

    @Test
    void refusesRulesThatCannotWork() {
        assertThatThrownBy(() -> new RiskRules(3, 30, BigDecimal.ONE, BigDecimal.TEN, 30, 20, Set.of(), 40, 80, 50))
                .isInstanceOf(InvalidValueException.class);
    }

    /** More suspicious facts never make an order look safer. */
    @Test
    void moreRecentOrdersNeverLowerTheScore() {
        moreRecentOrdersNeverLowerTheScore(RULES::assess);
    }

    /** A velocity count read modulo a window size — a counter that wraps — makes a busier customer look calmer. */
    @Test
    void aWrappingVelocityCountIsCaught() {
        assertFalsified(() -> moreRecentOrdersNeverLowerTheScore(facts -> RULES.assess(new RiskFacts(facts.amount(),
                facts.shippingCountry(), facts.billingCountry(), facts.recentOrdersByCustomer() % 8,
                facts.recentOrdersByPaymentToken() % 8, facts.recentOrdersByClientAddress() % 8, facts.previousOrders(),
                facts.averageOrder()))));
    }

    static void moreRecentOrdersNeverLowerTheScore(Function<RiskFacts, RiskAssessment> assess) {
        qt().withExamples(1000).forAll(integers().between(0, 20), integers().between(0, 20), integers().between(1, 100_000))
                .checkAssert((byCustomer, more, amount) -> {
                    var fewer = assess.apply(facts(amount, byCustomer, byCustomer, byCustomer, 2, 3_000L, "GB", "GB"));
                    var many = assess.apply(facts(amount, byCustomer + more, byCustomer + more, byCustomer + more, 2, 3_000L,
                            "GB", "GB"));

                    assertThat(many.score()).isGreaterThanOrEqualTo(fewer.score());
                    assertThat(many.decision().compareTo(fewer.decision())).isGreaterThanOrEqualTo(0);
                });
    }
}
