package io.orderservice.pricing.web;

import io.orderservice.ordering.domain.price.ShippingChoice;
import io.orderservice.pricing.application.port.in.QuotePriceUseCase;
import io.orderservice.pricing.application.port.in.QuotePriceUseCase.QuoteRequest;
import io.orderservice.shared.Address;
import io.orderservice.shared.AccessRefusedException;
import io.orderservice.shared.Caller;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.Sku;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Prices a prospective basket without placing anything. */
@RestController
@RequestMapping(path = "/api/v1/price-quotes", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Pricing", description = "Price a basket: promotions, taxes by jurisdiction, shipping (docs/pricing.md)")
class PriceQuoteController {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final QuotePriceUseCase quotes;

    PriceQuoteController(QuotePriceUseCase quotes) {
        this.quotes = quotes;
    }

    /** The body of {@code POST /api/v1/price-quotes}. */
    record QuoteBody(
            @NotBlank @Size(max = 64) @Schema(example = "customer-42") String customerId,
            @NotBlank @Pattern(regexp = "[A-Z]{3}") @Schema(example = "EUR", minLength = 3, maxLength = 3) String currency,
            @NotEmpty @Size(max = 100) List<@NotNull @Valid QuoteLine> lines,
            @NotNull @Valid ShipTo shippingAddress,
            @Size(max = 10) @Schema(description = "Promo codes entered (case does not matter)")
            List<@NotBlank @Size(max = 64) String> promoCodes,
            @Schema(description = "A business buyer (default false); with vatCountry, reverse charge may apply. For staff "
                    + "callers quoting a customer without a pricing profile; ignored for customers and storefronts") Boolean business,
            @Pattern(regexp = "[A-Z]{2}") @Schema(description = "Country of a business buyer's VAT registration", minLength = 2, maxLength = 2,
                    example = "FR") String vatCountry,
            @Size(max = 10) @Schema(description = "The customer's segments, for promotions that target them")
            List<@NotBlank @Size(max = 64) String> segments,
            @Pattern(regexp = ShippingChoice.PATTERN) @Schema(description = "How to pick the shipping: cheapest (default), "
                    + "fastest, or a carrier's service as carrier/service (one of shippingOptions)", example = "fastest", maxLength = 129)
            String shipping) {
    }

    record QuoteLine(@NotBlank @Size(max = 64) @Schema(example = "MUG-CLASSIC") String sku,
                     @Min(1) @Max(Quantity.MAX) @Schema(example = "3") int quantity) {
    }

    record ShipTo(@NotBlank @Size(max = 200) String recipient, @NotBlank @Size(max = 200) String line1,
                  @Size(max = 200) String line2, @NotBlank @Size(max = 100) String city, @Size(max = 100) String region,
                  @NotBlank @Size(max = 20) String postalCode,
                  @NotBlank @Pattern(regexp = "[A-Za-z]{2}") @Schema(minLength = 2, maxLength = 2, example = "DE") String countryCode) {
        Address toAddress() {
            return new Address(recipient, line1, line2, city, region, postalCode, countryCode);
        }
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Price a basket, without side effects",
            description = "Catalog prices now, promotions (automatic ones and the codes given), taxes for the address and buyer "
                    + "(tax rules in force today), shipping. Nothing is held or used up: a promo code's uses are counted when an "
                    + "order is placed. unusedPromoCodes names the codes that gave nothing; shippingOptions every way it can ship, "
                    + "cheapest first, with its delivery estimate, and shippingMethod the one priced.")
    @ApiResponse(responseCode = "200", description = "The breakdown: lines, promotions with what they took, tax lines, totals")
    @ApiResponse(responseCode = "400", description = "Malformed body or a field of the wrong shape",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "A SKU without a price in the currency (unknown-sku), or no shipping to the address or not the way chosen (not-shippable)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    PriceQuoteResponse quote(@Valid @RequestBody QuoteBody body, Caller caller) {
        var customer = new CustomerId(body.customerId());
        if (!caller.reachesEveryCustomer() && !customer.equals(caller.customer())) {
            throw new AccessRefusedException("a customer's quote is priced for them: customerId must be the token's customer");
        }
        // What-if buyer details are for the shop's staff; a customer's quote is priced with their own profile.
        boolean staff = caller.reachesEveryCustomer();
        var quote = quotes.quote(new QuoteRequest(customer, Money.currencyOf(body.currency()),
                body.lines().stream().map(line -> new QuotePriceUseCase.Line(new Sku(line.sku()), Quantity.of(line.quantity()))).toList(),
                body.shippingAddress().toAddress(), body.promoCodes() == null ? Set.of() : Set.copyOf(body.promoCodes()),
                staff && Boolean.TRUE.equals(body.business()), staff ? body.vatCountry() : null,
                !staff || body.segments() == null ? Set.of() : Set.copyOf(body.segments()), ShippingChoice.parse(body.shipping())));
        return PriceQuoteResponse.from(quote);
    }
}
