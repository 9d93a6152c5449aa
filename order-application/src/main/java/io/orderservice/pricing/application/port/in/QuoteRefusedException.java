package io.orderservice.pricing.application.port.in;

import org.springframework.modulith.NamedInterface;

/** A basket that cannot be priced: some SKUs have no price in its currency, or its address is not shipped to. */
@NamedInterface("quotes")
public class QuoteRefusedException extends RuntimeException {

    public enum Reason { UNKNOWN_SKU, NOT_SHIPPABLE }

    private final Reason reason;

    public QuoteRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
