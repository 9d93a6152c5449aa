package io.orderservice.cart.application;

import io.orderservice.cart.domain.Cart;
import io.orderservice.cart.domain.CartPricing.Availability;
import io.orderservice.cart.domain.CartPricing.PricedLine;
import io.orderservice.cart.domain.CartPricing;
import io.orderservice.inventory.application.port.in.StockAvailabilityQuery;
import io.orderservice.pricing.application.port.in.QuotePriceUseCase.Item;
import io.orderservice.pricing.application.port.in.QuotePriceUseCase.QuoteRequest;
import io.orderservice.pricing.application.port.in.QuotePriceUseCase;
import io.orderservice.shared.CustomerId;
import java.time.Clock;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Prices a cart as its order would be priced now (pricing's quote: the customer's pricing profile, promotions, taxes,
 * shipping) and reads each line's availability from inventory. Holds nothing and uses no promo code up.
 */
@Component
class CartPricer {

    private final QuotePriceUseCase quotes;
    private final StockAvailabilityQuery stock;
    private final Clock clock;

    CartPricer(QuotePriceUseCase quotes, StockAvailabilityQuery stock, Clock clock) {
        this.quotes = quotes;
        this.stock = stock;
        this.clock = clock;
    }

    /** @throws io.orderservice.pricing.application.port.in.QuoteRefusedException when the cart cannot be priced */
    CartPricing price(Cart cart) {
        var at = clock.instant();
        var lines = cart.activeLines();
        boolean estimated = cart.shippingAddress().isEmpty();
        if (lines.isEmpty()) {
            return CartPricing.empty(cart.currency(), Set.of(), estimated, at);
        }
        // An anonymous shopper is priced as a new customer would be.
        var buyer = cart.customer().orElseGet(() -> new CustomerId("anonymous-" + cart.id()));
        var quote = quotes.quote(new QuoteRequest(buyer, cart.currency(),
                lines.stream().map(line -> new QuotePriceUseCase.Line(line.sku(), line.quantity())).toList(),
                cart.pricedFor(), Set.copyOf(cart.promoCodes()), false, null, Set.of(), cart.shipping()));
        var items = quote.items().stream().collect(Collectors.toMap(Item::sku, Function.identity(), (first, same) -> first));
        var sellable = stock.sellable(lines.stream().map(line -> line.sku()).toList());
        var priced = lines.stream().map(line -> {
            var item = items.get(line.sku());
            var units = sellable.get(line.sku());
            return new PricedLine(line.id(), line.sku(), item.name(), item.unitPrice(), item.gross(), item.discount(), item.tax(),
                    Availability.of(line.quantity().value(), units.units(), units.backorderable(), units.restockExpected()));
        }).toList();
        return new CartPricing(priced, quote.subtotal(), quote.discount(), quote.shippingCost(), quote.shippingDiscount(),
                quote.tax(), quote.taxIncluded(), quote.grandTotal(), quote.unusedCodes(), quote.shipping(),
                quote.shippingOptions(), estimated, at);
    }
}
