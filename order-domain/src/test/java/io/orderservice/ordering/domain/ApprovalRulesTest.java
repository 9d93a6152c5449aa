package io.orderservice.ordering.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApprovalRulesTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private final ApprovalRules rules = new ApprovalRules(true, Map.of(EUR, Money.of(500_000, "EUR")));

    @Test
    void businessOrdersAndOrdersFromTheThresholdOnWaitForAnApprover() {
        assertThat(rules.requireApproval(CustomerType.BUSINESS, Money.of(100, "EUR"))).isTrue();
        assertThat(rules.requireApproval(CustomerType.CONSUMER, Money.of(499_999, "EUR"))).isFalse();
        assertThat(rules.requireApproval(CustomerType.CONSUMER, Money.of(500_000, "EUR"))).isTrue();
        assertThat(rules.requireApproval(CustomerType.CONSUMER, Money.of(9_000_000, "USD"))).as("no USD threshold").isFalse();
        assertThat(ApprovalRules.none().requireApproval(CustomerType.BUSINESS, Money.of(9_000_000, "EUR"))).isFalse();
    }

    @Test
    void aThresholdIsAPositiveAmountInItsOwnCurrency() {
        assertThatThrownBy(() -> new ApprovalRules(false, Map.of(EUR, Money.of(100, "USD"))))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ApprovalRules(false, Map.of(EUR, Money.of(0, "EUR"))))
                .isInstanceOf(InvalidValueException.class);
    }
}
