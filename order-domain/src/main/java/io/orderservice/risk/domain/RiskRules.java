package io.orderservice.risk.domain;

import io.orderservice.ordering.domain.risk.RiskAssessment;
import io.orderservice.ordering.domain.risk.RiskDecision;
import io.orderservice.shared.InvalidValueException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;

/**
 * Rule-based fraud scoring: each rule that fires adds its points and a reason; the sum decides.
 * Points and thresholds are configuration (application.yaml), so operators tune them without a release.
 *
 * @param velocityLimit        more recent orders than this by one customer, token or client address fire the velocity rules
 * @param velocityPoints       points per velocity rule that fires
 * @param amountMultiple       an order above this multiple of the customer's average fires the amount rule
 * @param firstOrderLimit      a first order above this amount (major units) fires the amount rule
 * @param amountPoints         points of the amount rule
 * @param countryMismatchPoints points when billing and shipping countries differ
 * @param riskyCountries       shipping countries that add {@code riskyCountryPoints}
 * @param reviewAt             a score at or above this holds the order for review
 * @param rejectAt             a score at or above this refuses the order
 */
public record RiskRules(int velocityLimit, int velocityPoints, BigDecimal amountMultiple, BigDecimal firstOrderLimit,
                        int amountPoints, int countryMismatchPoints, Set<String> riskyCountries, int riskyCountryPoints,
                        int reviewAt, int rejectAt) {

    public RiskRules {
        riskyCountries = riskyCountries == null ? Set.of()
                : Set.copyOf(riskyCountries.stream().map(country -> country.toUpperCase(Locale.ROOT)).toList());
        if (velocityLimit < 0 || velocityPoints < 0 || amountPoints < 0 || countryMismatchPoints < 0 || riskyCountryPoints < 0) {
            throw new InvalidValueException("risk points and limits cannot be negative");
        }
        if (amountMultiple == null || amountMultiple.signum() <= 0 || firstOrderLimit == null || firstOrderLimit.signum() < 0) {
            throw new InvalidValueException("the amount rule needs a positive multiple and a first-order limit");
        }
        if (reviewAt <= 0 || rejectAt < reviewAt) {
            throw new InvalidValueException("risk thresholds must be 0 < review <= reject");
        }
    }

    public RiskAssessment assess(RiskFacts facts) {
        var reasons = new ArrayList<String>();
        int score = 0;
        if (facts.recentOrdersByCustomer() > velocityLimit) {
            score += velocityPoints;
            reasons.add("customer ordered " + facts.recentOrdersByCustomer() + " times recently");
        }
        if (facts.recentOrdersByPaymentToken() > velocityLimit) {
            score += velocityPoints;
            reasons.add("payment token used " + facts.recentOrdersByPaymentToken() + " times recently");
        }
        if (facts.recentOrdersByClientAddress() > velocityLimit) {
            score += velocityPoints;
            reasons.add("client address placed " + facts.recentOrdersByClientAddress() + " orders recently");
        }
        var amount = facts.amount().toDecimal();
        if (facts.averageOrder() != null && facts.previousOrders() > 0
                ? amount.compareTo(facts.averageOrder().toDecimal().multiply(amountMultiple)) > 0
                : amount.compareTo(firstOrderLimit) > 0) {
            score += amountPoints;
            reasons.add(facts.previousOrders() > 0 ? "amount far above the customer's average" : "large first order");
        }
        if (facts.billingCountry() != null && !facts.billingCountry().equalsIgnoreCase(facts.shippingCountry())) {
            score += countryMismatchPoints;
            reasons.add("billing country " + facts.billingCountry() + " differs from shipping country " + facts.shippingCountry());
        }
        if (riskyCountries.contains(facts.shippingCountry().toUpperCase(Locale.ROOT))) {
            score += riskyCountryPoints;
            reasons.add("shipping country " + facts.shippingCountry() + " is on the risk list");
        }
        var decision = score >= rejectAt ? RiskDecision.REJECT : score >= reviewAt ? RiskDecision.REVIEW : RiskDecision.ACCEPT;
        return new RiskAssessment(score, decision, reasons);
    }
}
