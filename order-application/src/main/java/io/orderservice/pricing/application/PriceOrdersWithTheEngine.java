package io.orderservice.pricing.application;

import io.orderservice.ordering.application.port.out.OrderPricing;
import io.orderservice.ordering.domain.price.Charges;
import io.orderservice.ordering.domain.price.PriceDetails;
import io.orderservice.ordering.domain.price.PriceDetails.AppliedDiscount;
import io.orderservice.ordering.domain.price.PriceDetails.DiscountedLine;
import io.orderservice.ordering.domain.price.PriceDetails.TaxLine;
import io.orderservice.ordering.domain.price.ShippingOption;
import io.orderservice.pricing.application.BasketPricing.Priced;
import io.orderservice.pricing.application.BasketPricing.Unknown;
import io.orderservice.pricing.application.port.out.CustomerPricingProfiles;
import io.orderservice.pricing.domain.Buyer;
import io.orderservice.pricing.domain.PriceBreakdown;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Pricing's answer to ordering's {@link OrderPricing} port: the basket priced exactly as a quote would price it,
 * for the customer's profile, translated into the order's charges and the details that explain them.
 */
@Component
class PriceOrdersWithTheEngine implements OrderPricing {

    private final BasketPricing pricing;
    private final CustomerPricingProfiles profiles;
    private final Clock clock;

    PriceOrdersWithTheEngine(BasketPricing pricing, CustomerPricingProfiles profiles, Clock clock) {
        this.pricing = pricing;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Override
    public PricingOutcome price(PricingRequest request) {
        var buyer = profiles.find(request.customerId()).orElseGet(() -> Buyer.consumer(request.customerId()));
        var outcome = pricing.price(request.currency(), request.shipTo(), request.lines(), request.agreedPrices(), buyer,
                request.promoCodes(), request.shipping(), clock.instant());
        if (outcome instanceof Unknown unknown) {
            return new UnknownSkus(unknown.skus());
        }
        if (outcome instanceof BasketPricing.NotShippable notShippable) {
            return new NotShippable(request.shipTo().countryCode(), notShippable.options());
        }
        var priced = (Priced) outcome;
        var breakdown = priced.breakdown();
        var lines = request.lines().stream().map(line -> new PricedLine(line.sku(), priced.products().get(line.sku()).name(),
                line.quantity(), request.agreedPrices().getOrDefault(line.sku(),
                        priced.products().get(line.sku()).unitPrice()))).toList();
        return new PricedBasket(lines, charges(breakdown, priced.shipping().chosen().orElseThrow()), priced.unusedCodes(),
                buyer.business());
    }

    private static Charges charges(PriceBreakdown breakdown, ShippingOption shipping) {
        var details = new PriceDetails(
                breakdown.taxLines().stream().map(tax -> new TaxLine(tax.jurisdiction(), tax.category().name(), tax.rate(),
                        tax.taxable(), tax.tax())).toList(),
                breakdown.promotions().stream().map(promotion -> new AppliedDiscount(promotion.promotionId(), promotion.code(),
                        promotion.fromLines().stream().map(taken -> new DiscountedLine(taken.sku(), taken.amount())).toList(),
                        promotion.fromShipping())).toList(),
                breakdown.notes());
        return new Charges(breakdown.discount(), breakdown.tax(), breakdown.shipping().minus(breakdown.shippingDiscount()),
                shipping.method(),
                breakdown.taxIncluded(), breakdown.includedTaxRemoved(), details);
    }
}
