package io.orderservice.ordering.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import java.util.Currency;
import java.util.Map;

/**
 * Which orders wait for an approver before they are placed: every business customer's order (when
 * {@code businessOrders} is on), and any order whose total reaches the threshold of its currency.
 * Configuration, not code (order-service.approval).
 */
public record ApprovalRules(boolean businessOrders, Map<Currency, Money> thresholds) {

    public ApprovalRules {
        thresholds = thresholds == null ? Map.of() : Map.copyOf(thresholds);
        thresholds.forEach((currency, threshold) -> {
            if (!threshold.currency().equals(currency) || !threshold.isGreaterThan(Money.zero(currency))) {
                throw new InvalidValueException("an approval threshold is a positive amount in its own currency");
            }
        });
    }

    public static ApprovalRules none() {
        return new ApprovalRules(false, Map.of());
    }

    public boolean requireApproval(CustomerType customerType, Money total) {
        if (businessOrders && customerType == CustomerType.BUSINESS) {
            return true;
        }
        var threshold = thresholds.get(total.currency());
        return threshold != null && !threshold.isGreaterThan(total);
    }
}
