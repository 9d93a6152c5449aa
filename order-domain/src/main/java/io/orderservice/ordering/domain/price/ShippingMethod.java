package io.orderservice.ordering.domain.price;

import io.orderservice.shared.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;

/** How an order ships, as priced: the carrier's service and the days the delivery is expected between. */
public record ShippingMethod(String carrier, String service, LocalDate earliestDelivery, LocalDate latestDelivery) {

    public ShippingMethod {
        if (carrier == null || carrier.isBlank() || service == null || service.isBlank()) {
            throw new InvalidValueException("a shipping method names its carrier and service");
        }
        Objects.requireNonNull(earliestDelivery, "earliestDelivery");
        Objects.requireNonNull(latestDelivery, "latestDelivery");
        if (latestDelivery.isBefore(earliestDelivery)) {
            throw new InvalidValueException("the latest delivery day is not before the earliest");
        }
    }

    /** The same carrier and service again, e.g. when the order is priced again. */
    public ShippingChoice.Chosen asChoice() {
        return new ShippingChoice.Chosen(carrier, service);
    }
}
