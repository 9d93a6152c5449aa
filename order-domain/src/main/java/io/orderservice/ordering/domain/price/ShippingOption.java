package io.orderservice.ordering.domain.price;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import java.time.LocalDate;
import java.util.Objects;

/** One way a basket can ship: a carrier's service, its price, and the days the delivery is expected between. */
public record ShippingOption(String carrier, String service, Money price, LocalDate earliestDelivery, LocalDate latestDelivery) {

    public ShippingOption {
        Objects.requireNonNull(price, "price");
        // the method it becomes checks names and days
        if (price.isNegative()) {
            throw new InvalidValueException("a shipping price is zero or more");
        }
        method(carrier, service, earliestDelivery, latestDelivery);
    }

    /** How an order priced with this option ships. */
    public ShippingMethod method() {
        return method(carrier, service, earliestDelivery, latestDelivery);
    }

    private static ShippingMethod method(String carrier, String service, LocalDate earliest, LocalDate latest) {
        return new ShippingMethod(carrier, service, earliest, latest);
    }
}
