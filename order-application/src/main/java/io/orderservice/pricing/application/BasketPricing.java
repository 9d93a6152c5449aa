package io.orderservice.pricing.application;

import io.orderservice.ordering.application.port.out.RequestedLine;
import io.orderservice.ordering.application.port.out.ShippingRates;
import io.orderservice.ordering.domain.price.ShippingOption;
import io.orderservice.ordering.application.port.out.ShippingRates.ShippingQuote;
import io.orderservice.ordering.application.port.out.ShippingRates.ShippingRateRequest;
import io.orderservice.ordering.domain.price.ShippingChoice;
import io.orderservice.pricing.application.port.out.PriceBook;
import io.orderservice.pricing.application.port.out.PriceBook.Product;
import io.orderservice.pricing.application.port.out.PricingRules;
import io.orderservice.pricing.domain.Basket;
import io.orderservice.pricing.domain.BasketItem;
import io.orderservice.pricing.domain.Buyer;
import io.orderservice.pricing.domain.PriceBreakdown;
import io.orderservice.pricing.domain.PriceBreakdown.AppliedPromotion;
import io.orderservice.pricing.domain.PricingEngine;
import io.orderservice.shared.Address;
import io.orderservice.shared.Money;
import io.orderservice.shared.Sku;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The one way a basket is priced, for a quote and for an order alike: the catalog's products (or the unit prices
 * an order already agreed), the shipping the choice picks (cheapest, fastest, or a carrier's service), the buyer,
 * the promotions and tax rules in force, through the {@link PricingEngine}.
 */
@Component
class BasketPricing {

    private final PriceBook priceBook;
    private final PricingRules rules;
    private final ShippingRates shippingRates;
    private final PricingEngine engine = new PricingEngine();

    BasketPricing(PriceBook priceBook, PricingRules rules, ShippingRates shippingRates) {
        this.priceBook = priceBook;
        this.rules = rules;
        this.shippingRates = shippingRates;
    }

    sealed interface Outcome permits Priced, Unknown, NotShippable {
    }

    /**
     * @param products    the catalog's products of the lines (names, categories, tax categories)
     * @param shipping    the ways it can ship, and the one chosen (present)
     * @param unusedCodes entered codes that gave nothing
     */
    record Priced(PriceBreakdown breakdown, Map<Sku, Product> products, ShippingQuote shipping, Set<String> unusedCodes)
            implements Outcome {
    }

    /** SKUs without a price in the currency. */
    record Unknown(Set<Sku> skus) implements Outcome {
    }

    /** No way to ship there in the currency, or not the way chosen: {@code options} are the ways there are. */
    record NotShippable(List<ShippingOption> options) implements Outcome {
    }

    Outcome price(Currency currency, Address shipTo, List<RequestedLine> lines, Map<Sku, Money> agreedPrices, Buyer buyer,
                  Set<String> promoCodes, ShippingChoice shippingChoice, Instant at) {
        var skus = lines.stream().map(RequestedLine::sku).toList();
        var products = priceBook.products(skus, currency, at);
        var unknown = skus.stream().filter(sku -> !products.containsKey(sku)).collect(Collectors.toCollection(
                () -> new TreeSet<>(java.util.Comparator.comparing(Sku::value))));
        if (!unknown.isEmpty()) {
            return new Unknown(unknown);
        }
        var items = lines.stream().map(line -> {
            var product = products.get(line.sku());
            var unitPrice = agreedPrices.getOrDefault(line.sku(), product.unitPrice());
            return new BasketItem(line.sku(), product.categories(), product.taxCategory(), line.quantity(), unitPrice);
        }).toList();
        var goods = items.stream().map(BasketItem::gross).reduce(Money.zero(currency), Money::plus);
        var weight = lines.stream().mapToInt(line -> products.get(line.sku()).weightGrams() * line.quantity().value()).sum();
        var shipping = shippingRates.quote(new ShippingRateRequest(shipTo, currency, lines, goods, weight, shippingChoice));
        if (shipping.chosen().isEmpty()) {
            return new NotShippable(shipping.options());
        }
        var basket = new Basket(currency, items, shipping.chosen().get().price(), shipTo, buyer, at, promoCodes);
        var breakdown = engine.price(basket, rules.taxPolicy(at), rules.promotions(at));
        var applied = breakdown.promotions().stream().map(AppliedPromotion::code).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        var unused = basket.promoCodes().stream().filter(code -> !applied.contains(code))
                .collect(Collectors.toCollection(TreeSet::new));
        return new Priced(breakdown, products, shipping, unused);
    }
}
