package io.orderservice.shipping.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.shared.Address;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shipping.domain.ShippingSelection.Strategy;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShippingRatesTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Address BERLIN = new Address("Ada", "1 Way", null, "Berlin", null, "10115", "DE");
    private static final Address NEW_YORK = new Address("Ada", "1 Way", null, "New York", "NY", "10001", "US");

    private static final RateTable DHL_STANDARD = new RateTable("dhl", "standard", Set.of("DE", "FR"), EUR,
            List.of(new RateBand(5_000, null, eur(495)), new RateBand(20_000, eur(50_000), eur(995)), new RateBand(null, null, eur(4_995))),
            eur(10_000), new TransitTime(2, 4));

    @Test
    void theFirstBandThatTakesTheParcelPricesIt() {
        assertThat(DHL_STANDARD.rateFor(new Parcel(BERLIN, 5_000, eur(2_000)))).get()
                .extracting(CarrierRate::price).isEqualTo(eur(495));
        assertThat(DHL_STANDARD.rateFor(new Parcel(BERLIN, 5_001, eur(2_000)))).get()
                .extracting(CarrierRate::price).isEqualTo(eur(995));
        assertThat(DHL_STANDARD.rateFor(new Parcel(BERLIN, 15_000, eur(9_999)))).get()
                .extracting(CarrierRate::price).as("the 20 kg band, its goods limit not reached").isEqualTo(eur(995));
        assertThat(DHL_STANDARD.rateFor(new Parcel(BERLIN, 400_000, eur(9_999)))).get()
                .extracting(CarrierRate::price).as("any weight").isEqualTo(eur(4_995));
    }

    @Test
    void shippingIsFreeFromTheTablesGoodsValueAndNothingOutsideItsZoneOrCurrency() {
        assertThat(DHL_STANDARD.rateFor(new Parcel(BERLIN, 1_000, eur(10_000)))).get()
                .extracting(CarrierRate::price).isEqualTo(eur(0));
        assertThat(DHL_STANDARD.rateFor(new Parcel(NEW_YORK, 1_000, eur(2_000)))).isEmpty();
        assertThat(DHL_STANDARD.rateFor(new Parcel(BERLIN, 1_000, Money.of(2_000, "USD")))).isEmpty();
    }

    @Test
    void aRateTableKeepsToOneCurrencyAndHasBands() {
        assertThatThrownBy(() -> new RateTable("dhl", "standard", Set.of("DE"), EUR, List.of(new RateBand(null, null,
                Money.of(495, "USD"))), null, new TransitTime(1, 2))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new RateTable("dhl", "standard", Set.of("DE"), EUR, List.of(), null, new TransitTime(1, 2)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new TransitTime(3, 2)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void deliveryIsEstimatedInBusinessDays() {
        var friday = LocalDate.parse("2026-11-27");
        assertThat(new TransitTime(1, 3).from(friday))
                .isEqualTo(new DeliveryEstimate(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-02")));
        var saturday = LocalDate.parse("2026-11-28");
        assertThat(new TransitTime(0, 1).from(saturday)).as("leaves on Monday")
                .isEqualTo(new DeliveryEstimate(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-01")));
    }

    @Test
    void theCheapestTheFastestOrTheOneChosen() {
        var standard = new CarrierRate("dhl", "standard", eur(495), new TransitTime(2, 4));
        var express = new CarrierRate("ups", "express", eur(1_295), new TransitTime(1, 1));
        var economy = new CarrierRate("own-fleet", "economy", eur(495), new TransitTime(3, 6));
        var rates = List.of(express, economy, standard);

        assertThat(ShippingSelection.choose(rates, Strategy.CHEAPEST)).contains(standard);
        assertThat(ShippingSelection.choose(rates, Strategy.FASTEST)).contains(express);
        assertThat(ShippingSelection.chosen(rates, "own-fleet", "economy")).contains(economy);
        assertThat(ShippingSelection.chosen(rates, "ups", "standard")).isEmpty();
        assertThat(ShippingSelection.cheapestFirst(rates)).containsExactly(standard, economy, express);
        assertThat(ShippingSelection.choose(List.of(), Strategy.CHEAPEST)).isEmpty();
    }

    private static Money eur(long cents) {
        return new Money(cents, EUR);
    }
}
