package io.orderservice.inventory.domain;

import io.orderservice.shared.InvalidValueException;
import java.util.Objects;

/**
 * Where stock is: one of the shop's warehouses, or a supplier who ships to the customer directly (drop-ship).
 *
 * @param point where it is, or null when unknown (then it is never the nearest)
 */
public record StockLocation(String code, Kind kind, GeoPoint point) {

    public enum Kind { WAREHOUSE, SUPPLIER }

    public StockLocation {
        if (code == null || code.isBlank() || code.length() > 32) {
            throw new InvalidValueException("a stock location has a code of 1 to 32 characters");
        }
        Objects.requireNonNull(kind, "kind");
    }

    double kilometresTo(GeoPoint destination) {
        return point == null || destination == null ? Double.MAX_VALUE : point.kilometresTo(destination);
    }
}
