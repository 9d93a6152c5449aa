package io.orderservice.inventory.domain;

import io.orderservice.shared.InvalidValueException;

/** A place on Earth, for telling which stock location is nearer to an address. */
public record GeoPoint(double latitude, double longitude) {

    private static final double EARTH_RADIUS_KM = 6_371.0;

    public GeoPoint {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new InvalidValueException("no such place: " + latitude + ", " + longitude);
        }
    }

    /** The great-circle distance (haversine). */
    public double kilometresTo(GeoPoint other) {
        var dLat = Math.toRadians(other.latitude - latitude);
        var dLon = Math.toRadians(other.longitude - longitude);
        var a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(other.latitude)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
