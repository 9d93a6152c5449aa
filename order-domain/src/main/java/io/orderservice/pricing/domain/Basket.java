package io.orderservice.pricing.domain;

import io.orderservice.shared.Address;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What is priced: items in one currency, the shipping charge quoted for them, where they go, who buys,
 * when (validity windows and exemptions are judged at that instant), and the promo codes entered.
 */
public record Basket(Currency currency, List<BasketItem> items, Money shipping, Address shipTo, Buyer buyer, Instant at,
                     Set<String> promoCodes) {

    public Basket {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(shipping, "shipping");
        Objects.requireNonNull(shipTo, "shipTo");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(at, "at");
        if (items == null || items.isEmpty()) {
            throw new InvalidValueException("a basket has at least one item");
        }
        items = List.copyOf(items);
        var skus = new HashSet<>();
        for (var item : items) {
            if (!item.unitPrice().currency().equals(currency)) {
                throw new InvalidValueException(item.sku() + " is priced in " + item.unitPrice().currency() + ", the basket in " + currency);
            }
            if (!skus.add(item.sku())) {
                throw new InvalidValueException(item.sku() + " appears twice in the basket");
            }
        }
        if (!shipping.currency().equals(currency) || shipping.isNegative()) {
            throw new InvalidValueException("shipping is a non-negative amount in " + currency);
        }
        promoCodes = promoCodes == null ? Set.of()
                : promoCodes.stream().map(code -> code.trim().toUpperCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
