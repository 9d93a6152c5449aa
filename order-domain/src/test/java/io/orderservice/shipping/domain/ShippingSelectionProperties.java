package io.orderservice.shipping.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.shared.Money;
import io.orderservice.shipping.domain.ShippingSelection.Strategy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class ShippingSelectionProperties {

    @Property
    void theCheapestCostsNoMoreThanAnyAndTheFastestTakesNoLongerThanAny(@ForAll("rates") @Size(min = 1, max = 8) List<CarrierRate> rates,
                                                                        @ForAll long seed) {
        var cheapest = ShippingSelection.choose(rates, Strategy.CHEAPEST).orElseThrow();
        var fastest = ShippingSelection.choose(rates, Strategy.FASTEST).orElseThrow();

        assertThat(rates).allSatisfy(rate -> {
            assertThat(cheapest.price().compareTo(rate.price())).isLessThanOrEqualTo(0);
            assertThat(fastest.transit().maxDays()).isLessThanOrEqualTo(rate.transit().maxDays());
        });
        var shuffled = new ArrayList<>(rates);
        Collections.shuffle(shuffled, new java.util.Random(seed));
        assertThat(ShippingSelection.choose(shuffled, Strategy.CHEAPEST)).as("the order of the rates does not matter").contains(cheapest);
        assertThat(ShippingSelection.choose(shuffled, Strategy.FASTEST)).contains(fastest);
    }

    @Provide
    Arbitrary<List<CarrierRate>> rates() {
        var rate = Combinators.combine(Arbitraries.of("dhl", "ups", "own-fleet"), Arbitraries.of("standard", "express", "economy"),
                Arbitraries.longs().between(0, 5_000), Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 5))
                .as((carrier, service, cents, min, extra) -> new CarrierRate(carrier, service, Money.of(cents, "EUR"),
                        new TransitTime(min, min + extra)));
        return rate.list().uniqueElements(each -> each.carrier() + ":" + each.service());
    }
}
