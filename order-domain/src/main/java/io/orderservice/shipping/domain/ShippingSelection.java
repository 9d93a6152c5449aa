package io.orderservice.shipping.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Picks one of the ways a parcel can ship: the cheapest (then the fastest), the fastest (by the latest day it may
 * take, then the earliest, then the price), or the carrier and service the customer chose. Ties go to the carrier
 * and service first by name, so the same rates always give the same choice.
 */
public final class ShippingSelection {

    public enum Strategy { CHEAPEST, FASTEST }

    private static final Comparator<CarrierRate> BY_NAME = Comparator.comparing(CarrierRate::carrier)
            .thenComparing(CarrierRate::service);
    private static final Comparator<CarrierRate> CHEAPEST = Comparator.comparing(CarrierRate::price)
            .thenComparingInt(rate -> rate.transit().maxDays()).thenComparing(BY_NAME);
    private static final Comparator<CarrierRate> FASTEST = Comparator.comparingInt((CarrierRate rate) -> rate.transit().maxDays())
            .thenComparingInt(rate -> rate.transit().minDays()).thenComparing(CarrierRate::price).thenComparing(BY_NAME);

    private ShippingSelection() {
    }

    public static Optional<CarrierRate> choose(List<CarrierRate> rates, Strategy strategy) {
        return rates.stream().min(strategy == Strategy.CHEAPEST ? CHEAPEST : FASTEST);
    }

    public static Optional<CarrierRate> chosen(List<CarrierRate> rates, String carrier, String service) {
        return rates.stream().filter(rate -> rate.carrier().equals(carrier) && rate.service().equals(service)).findFirst();
    }

    /** Every rate, cheapest first: the options to show a customer. */
    public static List<CarrierRate> cheapestFirst(List<CarrierRate> rates) {
        return rates.stream().sorted(CHEAPEST).toList();
    }
}
