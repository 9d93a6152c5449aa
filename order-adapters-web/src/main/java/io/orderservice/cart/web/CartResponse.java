package io.orderservice.cart.web;

import io.orderservice.cart.domain.Cart;
import io.orderservice.cart.domain.CartLine;
import io.orderservice.cart.domain.CartPricing.Availability;
import io.orderservice.cart.domain.CartPricing;
import io.orderservice.cart.domain.CartStatus;
import io.orderservice.cart.domain.MergeAdjustment;
import io.orderservice.ordering.domain.price.ShippingOption;
import io.orderservice.ordering.web.OrderResponse.MoneyResponse;
import io.orderservice.shared.Address;
import io.orderservice.shared.CustomerId;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A cart as the API shows it: what it holds, what that costs now, and whether each line can be had (docs/carts.md). */
record CartResponse(UUID id, CartStatus status,
                    @Schema(description = "The customer whose cart it is; null for an anonymous cart") String customerId,
                    @Schema(example = "GBP") String currency,
                    @Schema(description = "Where taxes and shipping are estimated until there is an address", example = "GB")
                    String country,
                    @Schema(description = "The cart's version, as in ETag; each change adds one") long version,
                    @Schema(description = "The lines to buy, priced") List<CartLineResponse> lines,
                    @Schema(description = "Lines saved for later: kept, not priced, not bought") List<CartSavedLineResponse> savedForLater,
                    List<CartPromoCodeResponse> promoCodes, CartAddressResponse shippingAddress,
                    @Schema(description = "How the shipping is picked: cheapest, fastest or carrier/service", example = "cheapest")
                    String shipping,
                    @Schema(description = "The way it ships, priced in totals.shipping; null with nothing to buy")
                    CartShippingOptionResponse shippingMethod,
                    @Schema(description = "Every way it can ship, cheapest first") List<CartShippingOptionResponse> shippingOptions,
                    CartTotalsResponse totals,
                    @Schema(description = "Whether checkout may go ahead: something to buy, an address, every line to be had")
                    boolean readyForCheckout,
                    Instant pricedAt, Instant updatedAt,
                    @Schema(description = "The order it became (CHECKED_OUT), or is becoming (CHECKING_OUT)") UUID orderId,
                    @Schema(description = "For a MERGED cart: the customer's cart it went into") UUID mergedInto,
                    @Schema(description = "After a merge: what did not go in as it was") List<CartAdjustmentResponse> mergeAdjustments) {

    record CartLineResponse(@Schema(description = "The line's number in the cart, never reused", example = "1") int lineNumber,
                        @Schema(example = "TSHIRT-BLK-M") String sku, String name, int quantity, String note, boolean gift,
                        MoneyResponse unitPrice,
                        @Schema(description = "Unit price times quantity") MoneyResponse gross,
                        @Schema(description = "What promotions took off it") MoneyResponse discount,
                        MoneyResponse tax, CartAvailabilityResponse availability) {
    }

    record CartSavedLineResponse(int lineNumber, String sku, int quantity, String note, boolean gift) {
    }

    @Schema(description = "Whether the line's units can be had now (nothing is held for a cart)")
    record CartAvailabilityResponse(Availability.Stock status,
                                @Schema(description = "Units to sell across the stock locations") int available,
                                @Schema(description = "For a backorder: when the next restock is expected, if known")
                                LocalDate restockExpected) {
    }

    record CartPromoCodeResponse(@Schema(example = "WELCOME10") String code,
                             @Schema(description = "Whether it gives the cart something now") boolean applied) {
    }

    record CartAddressResponse(String recipient, String line1, String line2, String city, String region, String postalCode,
                           String countryCode) {
        static CartAddressResponse from(Address address) {
            return new CartAddressResponse(address.recipient(), address.line1(), address.line2(), address.city(),
                    address.region(), address.postalCode(), address.countryCode());
        }
    }

    record CartShippingOptionResponse(@Schema(example = "dhl") String carrier, @Schema(example = "standard") String service,
                                  MoneyResponse price, LocalDate earliestDelivery, LocalDate latestDelivery) {
        static CartShippingOptionResponse from(ShippingOption option) {
            return option == null ? null : new CartShippingOptionResponse(option.carrier(), option.service(),
                    MoneyResponse.from(option.price()), option.earliestDelivery(), option.latestDelivery());
        }
    }

    record CartTotalsResponse(MoneyResponse subtotal, MoneyResponse discount, MoneyResponse shipping,
                          MoneyResponse shippingDiscount, MoneyResponse tax,
                          @Schema(description = "Whether the prices include the tax (then it is not added to the total)")
                          boolean taxIncluded,
                          @Schema(description = "The most checkout charges without showing the shopper a new price")
                          MoneyResponse grandTotal,
                          @Schema(description = "Whether taxes and shipping are estimated for the cart's country (no address yet)")
                          boolean estimated) {
    }

    record CartAdjustmentResponse(String sku, int wanted, int merged, MergeAdjustment.Reason reason) {
    }

    static CartResponse from(Cart cart) {
        return from(cart, List.of());
    }

    static CartResponse from(Cart cart, List<MergeAdjustment> adjustments) {
        var pricing = cart.pricing().orElse(CartPricing.empty(cart.currency(), Set.of(), true, cart.updatedAt()));
        var lines = cart.activeLines().stream().map(line -> line(line, pricing)).toList();
        var saved = cart.savedLines().stream().map(line -> new CartSavedLineResponse(line.id(), line.sku().value(),
                line.quantity().value(), line.note(), line.gift())).toList();
        var codes = cart.promoCodes().stream().map(code -> new CartPromoCodeResponse(code,
                !pricing.unusedCodes().contains(code) && !pricing.lines().isEmpty())).toList();
        return new CartResponse(cart.id().value(), cart.status(), cart.customer().map(CustomerId::value).orElse(null),
                cart.currency().getCurrencyCode(), cart.country(), cart.version() == null ? 0 : cart.version(), lines, saved,
                codes, cart.shippingAddress().map(CartAddressResponse::from).orElse(null), cart.shipping().text(),
                CartShippingOptionResponse.from(pricing.shippingMethod()),
                pricing.shippingOptions().stream().map(CartShippingOptionResponse::from).toList(),
                new CartTotalsResponse(MoneyResponse.from(pricing.subtotal()), MoneyResponse.from(pricing.discount()),
                        MoneyResponse.from(pricing.shipping()), MoneyResponse.from(pricing.shippingDiscount()),
                        MoneyResponse.from(pricing.tax()), pricing.taxIncluded(), MoneyResponse.from(pricing.grandTotal()),
                        pricing.estimated()),
                cart.readyForCheckout(), pricing.pricedAt(), cart.updatedAt(), cart.orderId().map(id -> id.value()).orElse(null),
                cart.mergedInto().map(id -> id.value()).orElse(null),
                adjustments.stream().map(adjustment -> new CartAdjustmentResponse(adjustment.sku().value(), adjustment.wanted(),
                        adjustment.merged(), adjustment.reason())).toList());
    }

    private static CartLineResponse line(CartLine line, CartPricing pricing) {
        var priced = pricing.line(line.id()).orElse(null);
        if (priced == null) {
            // not priced yet (a cart that could not be priced when it was opened again): shown without prices
            return new CartLineResponse(line.id(), line.sku().value(), null, line.quantity().value(), line.note(), line.gift(),
                    null, null, null, null, null);
        }
        var availability = priced.availability();
        return new CartLineResponse(line.id(), line.sku().value(), priced.name(), line.quantity().value(), line.note(),
                line.gift(), MoneyResponse.from(priced.unitPrice()), MoneyResponse.from(priced.gross()),
                MoneyResponse.from(priced.discount()), MoneyResponse.from(priced.tax()),
                new CartAvailabilityResponse(availability.stock(), availability.available(), availability.restockExpected()));
    }
}
