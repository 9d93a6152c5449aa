package io.orderservice.fulfilment.application.port.in;

import io.orderservice.shared.InvalidValueException;

/** A shipment its carrier does not take: a carrier nobody configured, or a tracking number that is not the carrier's. */
public class CarrierRefusedException extends InvalidValueException {

    public CarrierRefusedException(String message) {
        super(message);
    }
}
