package io.orderservice.returns.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.PaymentToken;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.Sku;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * What the customer wants instead of their money back: other goods (another size, another product), sent as a
 * replacement order the returned units' value pays for. The payment token pays what that value does not cover, and is
 * never charged when it covers everything.
 *
 * @param ifOutOfStock what happens when the replacement cannot be had now: wait for it (a backorder, where the shop
 *                     backorders the SKU) or take the money back instead
 */
public record ExchangeRequest(List<Item> items, IfOutOfStock ifOutOfStock, PaymentToken paymentToken) {

    public static final int MAX_ITEMS = 10;

    public enum IfOutOfStock { BACKORDER, REFUND }

    public record Item(Sku sku, Quantity quantity) {
        public Item {
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(quantity, "quantity");
        }
    }

    public ExchangeRequest {
        Objects.requireNonNull(ifOutOfStock, "ifOutOfStock");
        Objects.requireNonNull(paymentToken, "paymentToken");
        if (items == null || items.isEmpty() || items.size() > MAX_ITEMS) {
            throw new InvalidValueException("an exchange asks for 1 to " + MAX_ITEMS + " items");
        }
        items = List.copyOf(items);
        if (new HashSet<>(items.stream().map(Item::sku).toList()).size() != items.size()) {
            throw new InvalidValueException("an exchange names each SKU once");
        }
    }
}
