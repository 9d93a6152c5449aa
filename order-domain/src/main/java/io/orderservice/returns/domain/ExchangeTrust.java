package io.orderservice.returns.domain;

import io.orderservice.shared.InvalidValueException;

/**
 * Whom the shop trusts to get an exchange's replacement before their return arrives: customers with at least
 * {@code ordersInLastYear} orders in the last year. Zero trusts nobody: every replacement waits for its return.
 */
public record ExchangeTrust(int ordersInLastYear) {

    public ExchangeTrust {
        if (ordersInLastYear < 0) {
            throw new InvalidValueException("an exchange trust counts orders, at least 0, not " + ordersInLastYear);
        }
    }

    public boolean trusts(int customerOrdersLastYear) {
        return ordersInLastYear > 0 && customerOrdersLastYear >= ordersInLastYear;
    }
}
