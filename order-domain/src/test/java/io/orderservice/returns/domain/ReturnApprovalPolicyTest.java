package io.orderservice.returns.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.returns.domain.ReturnApprovalPolicy.Facts;
import io.orderservice.returns.domain.ReturnApprovalPolicy.Rule;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReturnApprovalPolicyTest {

    static final ReturnReason DAMAGED = new ReturnReason("damaged", true);
    static final ReturnReason CHANGED_MIND = new ReturnReason("changed-mind", false);

    static final ReturnApprovalPolicy POLICY = new ReturnApprovalPolicy(List.of(
            new Rule("damaged-up-to-100", Set.of("damaged"), Money.of(10_000, "EUR"), null, null, null),
            new Rule("trusted-customer", null, Money.of(50_000, "EUR"), 3, 0.5, Duration.ofDays(2))));

    private static Facts facts(ReturnReason reason, long cents, int orders, int returns, int daysLeft) {
        return new Facts(reason, Money.of(cents, "EUR"), orders, returns, Duration.ofDays(daysLeft));
    }

    @Test
    void theFirstRuleWhoseEveryConditionHoldsApprovesAndIsNamed() {
        assertThat(POLICY.approvingRule(facts(DAMAGED, 10_000, 1, 0, 10))).map(Rule::name).hasValue("damaged-up-to-100");
        assertThat(POLICY.approvingRule(facts(DAMAGED, 10_001, 3, 1, 10))).map(Rule::name).hasValue("trusted-customer");
        assertThat(POLICY.approvingRule(facts(CHANGED_MIND, 2_000, 4, 2, 5))).map(Rule::name).hasValue("trusted-customer");
    }

    @Test
    void whatNoRuleApprovesWaitsForAnOperator() {
        assertThat(POLICY.approvingRule(facts(CHANGED_MIND, 2_000, 2, 0, 10))).as("too few orders").isEmpty();
        assertThat(POLICY.approvingRule(facts(CHANGED_MIND, 2_000, 4, 3, 10))).as("too many returns per order").isEmpty();
        assertThat(POLICY.approvingRule(facts(CHANGED_MIND, 2_000, 4, 0, 1))).as("the window nearly over").isEmpty();
        assertThat(POLICY.approvingRule(facts(DAMAGED, 60_000, 9, 0, 10))).as("worth too much").isEmpty();
        assertThat(new ReturnApprovalPolicy(List.of()).approvingRule(facts(DAMAGED, 1, 9, 0, 10))).isEmpty();
        assertThat(POLICY.approvingRule(new Facts(DAMAGED, Money.of(100, "GBP"), 9, 0, Duration.ofDays(10))))
                .as("a limit in euros approves nothing in pounds").isEmpty();
    }

    @Test
    void rulesHaveNamesOfTheirOwnAndNoNegativeBounds() {
        var rule = new Rule("any", null, null, null, null, null);
        assertThatThrownBy(() -> new ReturnApprovalPolicy(List.of(rule, rule))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Rule("Bad Name", null, null, null, null, null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Rule("negative", null, null, -1, null, null)).isInstanceOf(InvalidValueException.class);
    }
}
