package io.orderservice.shipping.application;

import io.orderservice.ordering.application.port.out.ShippingRates;
import io.orderservice.ordering.domain.price.ShippingChoice;
import io.orderservice.ordering.domain.price.ShippingOption;
import io.orderservice.shipping.application.port.out.CarrierRateSource;
import io.orderservice.shipping.domain.CarrierRate;
import io.orderservice.shipping.domain.Parcel;
import io.orderservice.shipping.domain.ShippingSelection;
import io.orderservice.shipping.domain.ShippingSelection.Strategy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Shipping's answer to ordering's {@link ShippingRates} port: the rates of every source for the parcel, each with its
 * delivery estimate from today, and the one the choice picks.
 */
@Service
class QuoteShippingService implements ShippingRates {

    private final List<CarrierRateSource> sources;
    private final Clock clock;

    QuoteShippingService(List<CarrierRateSource> sources, Clock clock) {
        this.sources = List.copyOf(sources);
        this.clock = clock;
    }

    @Override
    public ShippingQuote quote(ShippingRateRequest request) {
        var parcel = new Parcel(request.shipTo(), request.weightGrams(), request.goodsValue());
        var rates = sources.stream().flatMap(source -> source.ratesFor(parcel).stream()).toList();
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Optional<CarrierRate> chosen;
        if (request.choice() instanceof ShippingChoice.Chosen named) {
            chosen = ShippingSelection.chosen(rates, named.carrier(), named.service());
        } else {
            chosen = ShippingSelection.choose(rates, request.choice() instanceof ShippingChoice.Fastest ? Strategy.FASTEST
                    : Strategy.CHEAPEST);
        }
        return new ShippingQuote(ShippingSelection.cheapestFirst(rates).stream().map(rate -> option(rate, today)).toList(),
                chosen.map(rate -> option(rate, today)));
    }

    private static ShippingOption option(CarrierRate rate, LocalDate today) {
        var estimate = rate.transit().from(today);
        return new ShippingOption(rate.carrier(), rate.service(), rate.price(), estimate.earliest(), estimate.latest());
    }
}
