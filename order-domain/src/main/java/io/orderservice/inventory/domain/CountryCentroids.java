package io.orderservice.inventory.domain;

import java.util.Map;
import java.util.Optional;

/**
 * Roughly where a country is, for "nearest" when all an address tells is its country. Countries the shop does not
 * ship to need no entry: their orders find no nearest location and take the first by code.
 */
public final class CountryCentroids {

    private static final Map<String, GeoPoint> CENTROIDS = Map.ofEntries(
            Map.entry("AT", new GeoPoint(47.6, 14.1)), Map.entry("BE", new GeoPoint(50.6, 4.6)),
            Map.entry("CA", new GeoPoint(56.1, -106.3)), Map.entry("CH", new GeoPoint(46.8, 8.2)),
            Map.entry("DE", new GeoPoint(51.2, 10.4)), Map.entry("DK", new GeoPoint(56.0, 10.0)),
            Map.entry("ES", new GeoPoint(40.2, -3.6)), Map.entry("FI", new GeoPoint(64.5, 26.0)),
            Map.entry("FR", new GeoPoint(46.6, 2.4)), Map.entry("GB", new GeoPoint(54.0, -2.5)),
            Map.entry("IE", new GeoPoint(53.2, -8.2)), Map.entry("IT", new GeoPoint(42.8, 12.8)),
            Map.entry("LU", new GeoPoint(49.8, 6.1)), Map.entry("NL", new GeoPoint(52.2, 5.5)),
            Map.entry("NO", new GeoPoint(64.5, 11.5)), Map.entry("PL", new GeoPoint(52.1, 19.4)),
            Map.entry("PT", new GeoPoint(39.6, -8.0)), Map.entry("SE", new GeoPoint(62.2, 15.6)),
            Map.entry("US", new GeoPoint(39.8, -98.6)));

    private CountryCentroids() {
    }

    public static Optional<GeoPoint> of(String countryCode) {
        return Optional.ofNullable(CENTROIDS.get(countryCode));
    }
}
