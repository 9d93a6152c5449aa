package io.orderservice.pricing.application;

import io.orderservice.pricing.application.port.in.RecountDiscountQuery;
import io.orderservice.pricing.application.port.in.StoredPromotion;
import io.orderservice.pricing.application.port.out.PriceBook;
import io.orderservice.pricing.application.port.out.PromotionStore;
import io.orderservice.pricing.domain.Basket;
import io.orderservice.pricing.domain.BasketItem;
import io.orderservice.pricing.domain.Buyer;
import io.orderservice.pricing.domain.PriceMode;
import io.orderservice.pricing.domain.PricingEngine;
import io.orderservice.pricing.domain.Promotion;
import io.orderservice.pricing.domain.Rounding;
import io.orderservice.pricing.domain.TaxCategory;
import io.orderservice.pricing.domain.TaxPolicy;
import io.orderservice.shared.Money;
import io.orderservice.shared.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Recounts a discount with the {@link PricingEngine} itself: the kept units at the order's unit prices, under the
 * promotions that applied as they applied ({@link Promotion#asApplied()}), without tax or shipping (the refund's
 * arithmetic takes those from the order).
 */
@Service
class RecountDiscountService implements RecountDiscountQuery {

    private static final TaxPolicy NO_TAX = new TaxPolicy(PriceMode.TAX_EXCLUSIVE, Rounding.DEFAULT, List.of(), null, Set.of());

    private final PromotionStore promotions;
    private final PriceBook priceBook;
    private final PricingEngine engine = new PricingEngine();

    RecountDiscountService(PromotionStore promotions, PriceBook priceBook) {
        this.promotions = promotions;
        this.priceBook = priceBook;
    }

    @Override
    public Optional<Money> discountOn(KeptGoods kept) {
        var applied = new ArrayList<Promotion>();
        for (var id : kept.promotionIds()) {
            var stored = promotions.find(id);
            if (stored.isEmpty()) {
                return Optional.empty();
            }
            applied.add(stored.map(StoredPromotion::promotion).orElseThrow().asApplied());
        }
        var lines = kept.lines().stream().filter(line -> line.quantity() > 0).toList();
        if (lines.isEmpty() || applied.isEmpty()) {
            return Optional.of(Money.zero(kept.currency()));
        }
        var products = priceBook.products(lines.stream().map(KeptLine::sku).toList(), kept.currency(), kept.pricedAt());
        var items = lines.stream().map(line -> {
            var product = Optional.ofNullable(products.get(line.sku()));
            return new BasketItem(line.sku(), product.map(PriceBook.Product::categories).orElse(Set.of()),
                    product.map(PriceBook.Product::taxCategory).orElse(TaxCategory.STANDARD), Quantity.of(line.quantity()),
                    line.unitPrice());
        }).toList();
        var basket = new Basket(kept.currency(), items, Money.zero(kept.currency()), kept.shipTo(),
                Buyer.consumer(kept.customerId()), kept.pricedAt(), Set.of());
        return Optional.of(engine.price(basket, NO_TAX, applied).discount());
    }
}
