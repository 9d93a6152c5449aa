package io.orderservice.shipping.domain;

import io.orderservice.shared.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;

/** The days between which a shipment is expected to arrive, both included. */
public record DeliveryEstimate(LocalDate earliest, LocalDate latest) {

    public DeliveryEstimate {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        if (latest.isBefore(earliest)) {
            throw new InvalidValueException("a delivery estimate ends on or after it starts");
        }
    }
}
