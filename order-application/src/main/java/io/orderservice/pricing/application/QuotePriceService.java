package io.orderservice.pricing.application;

import io.orderservice.ordering.application.port.out.RequestedLine;
import io.orderservice.ordering.application.port.out.ShippingRates;
import io.orderservice.pricing.application.BasketPricing.NotShippable;
import io.orderservice.pricing.application.BasketPricing.Priced;
import io.orderservice.pricing.application.BasketPricing.Unknown;
import io.orderservice.pricing.application.port.in.QuotePriceUseCase;
import io.orderservice.pricing.application.port.in.QuoteRefusedException;
import io.orderservice.pricing.application.port.out.CustomerPricingProfiles;
import io.orderservice.pricing.domain.Buyer;
import io.orderservice.shared.Sku;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

@Service
class QuotePriceService implements QuotePriceUseCase {

    private final BasketPricing pricing;
    private final CustomerPricingProfiles profiles;
    private final Clock clock;

    QuotePriceService(BasketPricing pricing, CustomerPricingProfiles profiles, Clock clock) {
        this.pricing = pricing;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** No transaction: a carrier's rate API may be asked, and nothing read here needs to agree with anything else. */
    @Override
    public Quote quote(QuoteRequest request) {
        // a known customer is priced as their profile says, as their order would be; the request's buyer describes a new one
        var buyer = profiles.find(request.customerId()).orElseGet(() -> new Buyer(request.customerId(), request.business(),
                request.vatCountry(), request.segments(), null));
        var lines = request.lines().stream().map(line -> new RequestedLine(line.sku(), line.quantity())).toList();
        var outcome = pricing.price(request.currency(), request.shipTo(), lines, Map.of(), buyer, request.promoCodes(),
                request.shipping(), clock.instant());
        if (outcome instanceof Unknown unknown) {
            throw new QuoteRefusedException(QuoteRefusedException.Reason.UNKNOWN_SKU, "no price in " + request.currency()
                    + " for " + unknown.skus().stream().map(Sku::value).collect(Collectors.joining(", ")));
        }
        if (outcome instanceof NotShippable notShippable) {
            throw new QuoteRefusedException(QuoteRefusedException.Reason.NOT_SHIPPABLE,
                    ShippingRates.whyNot(request.shipTo().countryCode(), request.currency(), request.shipping(),
                            notShippable.options()));
        }
        var priced = (Priced) outcome;
        var items = priced.breakdown().lines().stream().map(line -> {
            var product = priced.products().get(line.sku());
            return new Item(line.sku(), product.name(), product.unitPrice(), line.gross(), line.discount(), line.tax());
        }).toList();
        return new Quote(priced.breakdown(), priced.unusedCodes(), priced.shipping().chosen().orElseThrow(),
                priced.shipping().options(), items);
    }
}
