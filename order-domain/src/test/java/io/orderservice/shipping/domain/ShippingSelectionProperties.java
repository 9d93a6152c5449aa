package io.orderservice.shipping.domain;

import static io.orderservice.shared.PropertyFalsification.assertFalsified;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.orderservice.shared.Money;
import io.orderservice.shipping.domain.ShippingSelection.Strategy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ShippingSelectionProperties {

    /** Prices in minor units, half of them from a few round figures so that equal prices are common. */
    private static final Gen<Long> PRICES = longs().between(0, 5_000).mix(integers().between(0, 5).map(hundreds -> hundreds * 100L));

    /** Up to eight rates, one per carrier and service (a later duplicate replaces an earlier one). */
    private static final Gen<List<CarrierRate>> RATES = lists().of(arbitrary().pick("dhl", "ups", "own-fleet")
                    .zip(arbitrary().pick("standard", "express", "economy"), PRICES, integers().between(0, 5),
                            integers().between(0, 5), (carrier, service, cents, min, extra) -> new CarrierRate(carrier, service,
                                    Money.of(cents, "EUR"), new TransitTime(min, min + extra))))
            .ofSizeBetween(1, 8)
            .map(rates -> {
                var byName = new LinkedHashMap<String, CarrierRate>();
                rates.forEach(rate -> byName.put(rate.carrier() + ":" + rate.service(), rate));
                return List.copyOf(byName.values());
            });

    @Test
    void theCheapestCostsNoMoreThanAnyAndTheFastestTakesNoLongerThanAny() {
        theCheapestCostsNoMoreThanAnyAndTheFastestTakesNoLongerThanAny(ShippingSelection::choose);
    }

    @Test
    void aFastestThatLooksAtTheEarliestDayIsCaught() {
        assertFalsified(() -> theCheapestCostsNoMoreThanAnyAndTheFastestTakesNoLongerThanAny((rates, strategy) ->
                strategy == Strategy.CHEAPEST ? ShippingSelection.choose(rates, strategy)
                        : rates.stream().min(Comparator.comparingInt(rate -> rate.transit().minDays()))));
    }

    @Test
    void aChoiceThatDependsOnTheOrderOfEqualRatesIsCaught() {
        assertFalsified(() -> theCheapestCostsNoMoreThanAnyAndTheFastestTakesNoLongerThanAny((rates, strategy) ->
                strategy == Strategy.FASTEST ? ShippingSelection.choose(rates, strategy)
                        : rates.stream().min(Comparator.comparing(CarrierRate::price))));
    }

    static void theCheapestCostsNoMoreThanAnyAndTheFastestTakesNoLongerThanAny(
            BiFunction<List<CarrierRate>, Strategy, Optional<CarrierRate>> choose) {
        qt().withExamples(1000).forAll(RATES, longs().all()).checkAssert((rates, seed) -> {
            var cheapest = choose.apply(rates, Strategy.CHEAPEST).orElseThrow();
            var fastest = choose.apply(rates, Strategy.FASTEST).orElseThrow();

            assertThat(rates).allSatisfy(rate -> {
                assertThat(cheapest.price().compareTo(rate.price())).isLessThanOrEqualTo(0);
                assertThat(fastest.transit().maxDays()).isLessThanOrEqualTo(rate.transit().maxDays());
            });
            var shuffled = new ArrayList<>(rates);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(choose.apply(shuffled, Strategy.CHEAPEST)).as("the order of the rates does not matter").contains(cheapest);
            assertThat(choose.apply(shuffled, Strategy.FASTEST)).contains(fastest);
        });
    }
}
