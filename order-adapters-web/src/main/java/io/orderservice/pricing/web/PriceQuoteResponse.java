package io.orderservice.pricing.web;

import io.orderservice.pricing.application.port.in.QuotePriceUseCase.Quote;
import io.orderservice.pricing.domain.PriceBreakdown;
import io.orderservice.pricing.domain.TaxCategory;
import io.orderservice.shared.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import io.orderservice.ordering.domain.price.ShippingOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A priced basket as the API shows it; every amount explains itself (docs/pricing.md). */
record PriceQuoteResponse(List<LineResponse> lines, List<PromotionResponse> promotions, List<TaxLineResponse> taxLines,
                          AmountResponse subtotal, AmountResponse discount, AmountResponse shipping, AmountResponse shippingDiscount,
                          AmountResponse tax,
                          @Schema(description = "Whether the prices include the tax (then it is not added to the total)") boolean taxIncluded,
                          @Schema(description = "Tax included in the prices that this buyer does not owe (exempt, reverse charge)")
                          AmountResponse includedTaxRemoved,
                          AmountResponse grandTotal, List<String> notes, Set<String> unusedPromoCodes,
                          @Schema(description = "The way it ships, priced in shipping") ShippingOptionResponse shippingMethod,
                          @Schema(description = "Every way it can ship, cheapest first") List<ShippingOptionResponse> shippingOptions) {

    @Schema(description = "A carrier's service: its price and the days delivery is expected between")
    record ShippingOptionResponse(@Schema(example = "dhl") String carrier, @Schema(example = "standard") String service,
                                  AmountResponse price, LocalDate earliestDelivery, LocalDate latestDelivery) {
        static ShippingOptionResponse from(ShippingOption option) {
            return new ShippingOptionResponse(option.carrier(), option.service(), AmountResponse.from(option.price()),
                    option.earliestDelivery(), option.latestDelivery());
        }
    }

    @Schema(description = "An amount as a decimal string in the currency's minor-unit scale, never a float.")
    record AmountResponse(@Schema(example = "39.98") String amount, @Schema(example = "EUR") String currency) {
        static AmountResponse from(Money money) {
            return new AmountResponse(money.toDecimal().toPlainString(), money.currency().getCurrencyCode());
        }
    }

    record LineResponse(String sku, AmountResponse gross, AmountResponse discount, AmountResponse tax) {
    }

    record PromotionResponse(String id, String code, AmountResponse total, List<TakenResponse> fromLines, AmountResponse fromShipping) {
    }

    record TakenResponse(String sku, AmountResponse amount) {
    }

    record TaxLineResponse(String jurisdiction, TaxCategory category,
                           @Schema(description = "The rate as a decimal fraction", example = "0.19") String rate,
                           AmountResponse taxable, AmountResponse tax) {
    }

    static PriceQuoteResponse from(Quote quote) {
        PriceBreakdown b = quote.breakdown();
        return new PriceQuoteResponse(
                b.lines().stream().map(line -> new LineResponse(line.sku().value(), AmountResponse.from(line.gross()),
                        AmountResponse.from(line.discount()), AmountResponse.from(line.tax()))).toList(),
                b.promotions().stream().map(applied -> new PromotionResponse(applied.promotionId(), applied.code(),
                        AmountResponse.from(applied.total()),
                        applied.fromLines().stream().map(taken -> new TakenResponse(taken.sku().value(), AmountResponse.from(taken.amount())))
                                .toList(), AmountResponse.from(applied.fromShipping()))).toList(),
                b.taxLines().stream().map(line -> new TaxLineResponse(line.jurisdiction(), line.category(),
                        line.rate().stripTrailingZeros().toPlainString(), AmountResponse.from(line.taxable()),
                        AmountResponse.from(line.tax()))).toList(),
                AmountResponse.from(b.subtotal()), AmountResponse.from(b.discount()), AmountResponse.from(b.shipping()),
                AmountResponse.from(b.shippingDiscount()), AmountResponse.from(b.tax()), b.taxIncluded(),
                AmountResponse.from(b.includedTaxRemoved()), AmountResponse.from(b.grandTotal()), b.notes(), quote.unusedCodes(),
                ShippingOptionResponse.from(quote.shipping()),
                quote.shippingOptions().stream().map(ShippingOptionResponse::from).toList());
    }
}
