package io.orderservice.cart.persistence;

import io.orderservice.cart.domain.CartLine;
import io.orderservice.cart.domain.CartPricing.Availability;
import io.orderservice.cart.domain.CartPricing.PricedLine;
import io.orderservice.cart.domain.CartPricing;
import io.orderservice.ordering.domain.price.ShippingOption;
import io.orderservice.shared.Address;
import io.orderservice.shared.Money;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.Sku;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a cart's lines, address and pricing are stored: JSON documents in shapes of their own (minor units, plain
 * strings), so that a change of the domain's classes never changes what is stored. Read and written whole with the
 * cart; nobody queries inside them (the {@code skus} column is what queries use).
 */
final class CartDocuments {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CartDocuments() {
    }

    record Line(int id, String sku, int quantity, String note, boolean gift, boolean saved) {
    }

    record ShipTo(String recipient, String line1, String line2, String city, String region, String postalCode,
                  String countryCode) {
    }

    record Pricing(List<PricedLineDocument> lines, long subtotal, long discount, long shipping, long shippingDiscount, long tax,
                   boolean taxIncluded, long grandTotal, List<String> unusedCodes, Option method, List<Option> options,
                   boolean estimated, Instant pricedAt) {
    }

    record PricedLineDocument(int lineId, String sku, String name, long unitPrice, long gross, long discount, long tax,
                              String stock, int available, LocalDate restockExpected) {
    }

    record Option(String carrier, String service, long price, LocalDate earliest, LocalDate latest) {
    }

    static String writeLines(List<CartLine> lines) {
        return JSON.writeValueAsString(lines.stream().map(line -> new Line(line.id(), line.sku().value(),
                line.quantity().value(), line.note(), line.gift(), line.savedForLater())).toList());
    }

    static List<CartLine> readLines(String json) {
        return Arrays.stream(JSON.readValue(json, Line[].class)).map(line -> new CartLine(line.id(), new Sku(line.sku()),
                Quantity.of(line.quantity()), line.note(), line.gift(), line.saved())).toList();
    }

    static String writeAddress(Address address) {
        return address == null ? null : JSON.writeValueAsString(new ShipTo(address.recipient(), address.line1(),
                address.line2(), address.city(), address.region(), address.postalCode(), address.countryCode()));
    }

    static Address readAddress(String json) {
        if (json == null) {
            return null;
        }
        var to = JSON.readValue(json, ShipTo.class);
        return new Address(to.recipient(), to.line1(), to.line2(), to.city(), to.region(), to.postalCode(), to.countryCode());
    }

    static String writePricing(CartPricing pricing) {
        if (pricing == null) {
            return null;
        }
        return JSON.writeValueAsString(new Pricing(pricing.lines().stream().map(line -> new PricedLineDocument(line.lineId(),
                line.sku().value(), line.name(), line.unitPrice().amountMinor(), line.gross().amountMinor(),
                line.discount().amountMinor(), line.tax().amountMinor(), line.availability().stock().name(),
                line.availability().available(), line.availability().restockExpected())).toList(),
                pricing.subtotal().amountMinor(), pricing.discount().amountMinor(), pricing.shipping().amountMinor(),
                pricing.shippingDiscount().amountMinor(), pricing.tax().amountMinor(), pricing.taxIncluded(),
                pricing.grandTotal().amountMinor(), pricing.unusedCodes().stream().sorted().toList(),
                option(pricing.shippingMethod()), pricing.shippingOptions().stream().map(CartDocuments::option).toList(),
                pricing.estimated(), pricing.pricedAt()));
    }

    static CartPricing readPricing(String json, Currency currency) {
        if (json == null) {
            return null;
        }
        var document = JSON.readValue(json, Pricing.class);
        return new CartPricing(document.lines().stream().map(line -> new PricedLine(line.lineId(), new Sku(line.sku()),
                line.name(), money(line.unitPrice(), currency), money(line.gross(), currency), money(line.discount(), currency),
                money(line.tax(), currency), new Availability(Availability.Stock.valueOf(line.stock()), line.available(),
                line.restockExpected()))).toList(),
                money(document.subtotal(), currency), money(document.discount(), currency), money(document.shipping(), currency),
                money(document.shippingDiscount(), currency), money(document.tax(), currency), document.taxIncluded(),
                money(document.grandTotal(), currency), Set.copyOf(document.unusedCodes()), option(document.method(), currency),
                document.options().stream().map(option -> option(option, currency)).toList(), document.estimated(),
                document.pricedAt());
    }

    private static Option option(ShippingOption option) {
        return option == null ? null : new Option(option.carrier(), option.service(), option.price().amountMinor(),
                option.earliestDelivery(), option.latestDelivery());
    }

    private static ShippingOption option(Option option, Currency currency) {
        return option == null ? null : new ShippingOption(option.carrier(), option.service(), money(option.price(), currency),
                option.earliest(), option.latest());
    }

    private static Money money(long minor, Currency currency) {
        return new Money(minor, currency);
    }
}
