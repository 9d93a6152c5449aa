package io.orderservice.pricing.application;

import io.orderservice.ordering.application.port.out.RequestedLine;
import io.orderservice.ordering.application.port.out.ShippingRates;
import io.orderservice.ordering.application.port.out.ShippingRates.ShippingRateRequest;
import io.orderservice.pricing.application.port.in.QuotePriceUseCase;
import io.orderservice.pricing.application.port.in.QuoteRefusedException;
import io.orderservice.pricing.application.port.out.PriceBook;
import io.orderservice.pricing.application.port.out.PricingRules;
import io.orderservice.pricing.domain.Basket;
import io.orderservice.pricing.domain.BasketItem;
import io.orderservice.pricing.domain.Buyer;
import io.orderservice.pricing.domain.PriceBreakdown.AppliedPromotion;
import io.orderservice.pricing.domain.PricingEngine;
import io.orderservice.shared.Money;
import java.time.Clock;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class QuotePriceService implements QuotePriceUseCase {

    private final PriceBook priceBook;
    private final PricingRules rules;
    private final ShippingRates shippingRates;
    private final Clock clock;
    private final PricingEngine engine = new PricingEngine();

    QuotePriceService(PriceBook priceBook, PricingRules rules, ShippingRates shippingRates, Clock clock) {
        this.priceBook = priceBook;
        this.rules = rules;
        this.shippingRates = shippingRates;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Quote quote(QuoteRequest request) {
        var now = clock.instant();
        var products = priceBook.products(request.lines().stream().map(Line::sku).toList(), request.currency(), now);
        var unknown = request.lines().stream().map(Line::sku).filter(sku -> !products.containsKey(sku))
                .map(Object::toString).collect(Collectors.toCollection(TreeSet::new));
        if (!unknown.isEmpty()) {
            throw new QuoteRefusedException(QuoteRefusedException.Reason.UNKNOWN_SKU,
                    "no price in " + request.currency() + " for " + String.join(", ", unknown));
        }
        var items = request.lines().stream().map(line -> {
            var product = products.get(line.sku());
            return new BasketItem(line.sku(), product.categories(), product.taxCategory(), line.quantity(), product.unitPrice());
        }).toList();
        var goods = items.stream().map(BasketItem::gross).reduce(Money.zero(request.currency()), Money::plus);
        var shipping = shippingRates.rateFor(new ShippingRateRequest(request.shipTo(), request.currency(),
                        request.lines().stream().map(line -> new RequestedLine(line.sku(), line.quantity())).toList(), goods))
                .orElseThrow(() -> new QuoteRefusedException(QuoteRefusedException.Reason.NOT_SHIPPABLE,
                        "no shipping to " + request.shipTo().countryCode() + " in " + request.currency()));
        var buyer = new Buyer(request.customerId(), request.business(), request.vatCountry(), request.segments(), null);
        var basket = new Basket(request.currency(), items, shipping, request.shipTo(), buyer, now, request.promoCodes());
        var promotions = rules.promotions(now);
        var breakdown = engine.price(basket, rules.taxPolicy(now), promotions);
        var applied = breakdown.promotions().stream().map(AppliedPromotion::code).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        var unused = basket.promoCodes().stream().filter(code -> !applied.contains(code))
                .collect(Collectors.toCollection(TreeSet::new));
        return new Quote(breakdown, unused);
    }
}
