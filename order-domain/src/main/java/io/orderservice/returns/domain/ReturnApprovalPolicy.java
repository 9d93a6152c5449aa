package io.orderservice.returns.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The shop's automatic approval of return requests (ADR 0034): the first rule all of whose conditions a request meets
 * approves it, and the decision names that rule; a request no rule approves waits for an operator.
 */
public record ReturnApprovalPolicy(List<Rule> rules) {

    /**
     * What a request is judged on.
     *
     * @param value          what the units asked back were paid (lines with their share of discount and tax)
     * @param ordersLastYear the customer's orders in the last year, this one included
     * @param returnsLastYear the customer's return requests in the last year, approved or not, this one excluded
     * @param leftInWindow   how long the shipment's return window still runs
     */
    public record Facts(ReturnReason reason, Money value, int ordersLastYear, int returnsLastYear, Duration leftInWindow) {
        public Facts {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(leftInWindow, "leftInWindow");
            if (ordersLastYear < 0 || returnsLastYear < 0) {
                throw new InvalidValueException("counts of orders and returns are not negative");
            }
        }
    }

    /**
     * One rule: a name and conditions, each of which may be left out (null: any).
     *
     * @param reasons          the reason codes it approves
     * @param maxValue         the most a request it approves may be worth; a rule with a limit approves only requests
     *                         in its currency
     * @param minOrders        the fewest orders in the last year a customer it approves has made
     * @param maxReturnsPerOrder the most return requests per order in the last year a customer it approves has made
     * @param minLeftInWindow  the least time the window must still run
     */
    public record Rule(String name, Set<String> reasons, Money maxValue, Integer minOrders, Double maxReturnsPerOrder,
                       Duration minLeftInWindow) {
        public Rule {
            if (name == null || !name.matches("[a-z][a-z0-9-]{1,59}")) {
                throw new InvalidValueException("an approval rule is named with 2 to 60 lower-case letters, digits and dashes: " + name);
            }
            reasons = reasons == null ? null : Set.copyOf(reasons);
            if (maxValue != null && maxValue.isNegative() || minOrders != null && minOrders < 0
                    || maxReturnsPerOrder != null && maxReturnsPerOrder < 0) {
                throw new InvalidValueException("approval rule " + name + " has a negative bound");
            }
        }

        boolean approves(Facts facts) {
            return (reasons == null || reasons.contains(facts.reason().code()))
                    && (maxValue == null || facts.value().currency().equals(maxValue.currency())
                        && !facts.value().isGreaterThan(maxValue))
                    && (minOrders == null || facts.ordersLastYear() >= minOrders)
                    && (maxReturnsPerOrder == null
                        || facts.returnsLastYear() <= maxReturnsPerOrder * Math.max(1, facts.ordersLastYear()))
                    && (minLeftInWindow == null || facts.leftInWindow().compareTo(minLeftInWindow) >= 0);
        }
    }

    public ReturnApprovalPolicy {
        rules = List.copyOf(rules);
        if (rules.stream().map(Rule::name).distinct().count() != rules.size()) {
            throw new InvalidValueException("approval rules have names of their own");
        }
    }

    /** The rule that approves a request with these facts, or empty when an operator decides. */
    public Optional<Rule> approvingRule(Facts facts) {
        return rules.stream().filter(rule -> rule.approves(facts)).findFirst();
    }
}
