package io.orderservice.ordering.persistence;

import io.orderservice.ordering.domain.price.PriceDetails;
import io.orderservice.ordering.domain.price.PriceDetails.AppliedDiscount;
import io.orderservice.ordering.domain.price.PriceDetails.DiscountedLine;
import io.orderservice.ordering.domain.price.PriceDetails.TaxLine;
import io.orderservice.shared.Money;
import io.orderservice.shared.Sku;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * How an order's price details are stored: one JSON document in {@code orders.price_details}, in this shape of its
 * own (minor units, plain strings) so that a change of the domain's classes never changes what is stored. Written
 * once per pricing and read whole with the order; nobody queries inside it.
 */
record PriceDetailsDocument(List<Tax> taxes, List<Discount> discounts, List<String> notes) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Tax(String jurisdiction, String category, BigDecimal rate, long taxableMinor, long taxMinor) {
    }

    record Discount(String promotionId, String code, List<Line> lines, long fromShippingMinor) {
    }

    record Line(String sku, long amountMinor) {
    }

    /** The JSON of the details, or null when there is nothing to explain. */
    static String write(PriceDetails details) {
        if (details.isEmpty()) {
            return null;
        }
        return JSON.writeValueAsString(new PriceDetailsDocument(
                details.taxLines().stream().map(tax -> new Tax(tax.jurisdiction(), tax.category(), tax.rate(),
                        tax.taxable().amountMinor(), tax.tax().amountMinor())).toList(),
                details.discounts().stream().map(discount -> new Discount(discount.promotionId(), discount.code(),
                        discount.lines().stream().map(line -> new Line(line.sku().value(), line.amount().amountMinor())).toList(),
                        discount.fromShipping().amountMinor())).toList(),
                details.notes()));
    }

    static PriceDetails read(String json, Currency currency) {
        if (json == null) {
            return PriceDetails.none();
        }
        var document = JSON.readValue(json, PriceDetailsDocument.class);
        return new PriceDetails(
                document.taxes().stream().map(tax -> new TaxLine(tax.jurisdiction(), tax.category(), tax.rate(),
                        new Money(tax.taxableMinor(), currency), new Money(tax.taxMinor(), currency))).toList(),
                document.discounts().stream().map(discount -> new AppliedDiscount(discount.promotionId(), discount.code(),
                        discount.lines().stream().map(line -> new DiscountedLine(new Sku(line.sku()),
                                new Money(line.amountMinor(), currency))).toList(),
                        new Money(discount.fromShippingMinor(), currency))).toList(),
                document.notes());
    }
}
