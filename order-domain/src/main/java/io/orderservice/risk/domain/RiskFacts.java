package io.orderservice.risk.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import java.util.Objects;

/**
 * What is known about an order when it is screened for fraud: the order itself, and how often the same
 * customer, payment token and client address ordered recently and how much the customer usually spends.
 *
 * @param billingCountry              ISO code of the payment method's billing address, if known
 * @param recentOrdersByCustomer      orders by the same customer in the velocity window, this one excluded
 * @param recentOrdersByPaymentToken  orders paid with the same token in the velocity window
 * @param recentOrdersByClientAddress orders from the same client IP address in the velocity window
 * @param previousOrders              the customer's orders before this one, ever
 * @param averageOrder                the customer's average grand total so far, in this order's currency; null without history
 */
public record RiskFacts(Money amount, String shippingCountry, String billingCountry, int recentOrdersByCustomer,
                        int recentOrdersByPaymentToken, int recentOrdersByClientAddress, int previousOrders,
                        Money averageOrder) {

    public RiskFacts {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(shippingCountry, "shippingCountry");
        if (recentOrdersByCustomer < 0 || recentOrdersByPaymentToken < 0 || recentOrdersByClientAddress < 0
                || previousOrders < 0) {
            throw new InvalidValueException("order counts cannot be negative");
        }
        if (averageOrder != null && !averageOrder.currency().equals(amount.currency())) {
            throw new InvalidValueException("the average order must be in the order's currency");
        }
    }
}
