package io.orderservice.ordering.web;

import io.orderservice.ordering.application.port.in.PlaceOrderCommand;
import io.orderservice.ordering.domain.price.ShippingChoice;
import io.orderservice.shared.Address;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentProvider;
import io.orderservice.shared.PaymentToken;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.RequestKey;
import io.orderservice.shared.Sku;
import io.swagger.v3.oas.annotations.media.Schema;
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

/** The body of {@code POST /api/v1/orders}. Bean Validation checks its shape; the domain checks its meaning. */
record PlaceOrderRequest(
        @Size(min = 1, max = 64) @Schema(description = "Whose order: the token's customer when left out; a storefront acting "
                + "for no customer and leaving it out places a guest order (docs/security.md); support names the customer",
                example = "customer-42") String customerId,
        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
        @Schema(example = "EUR", minLength = 3, maxLength = 3) String currency,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid Line> lines,
        @NotNull @Valid ShippingAddress shippingAddress,
        @NotBlank @Size(max = 128)
        @Schema(description = "A payment gateway's token, never a card number. Sandbox tokens: see README.",
                example = "tok_approve") String paymentToken,
        @Schema(description = "What the token stands for; payments are routed to gateways by it (docs/payments.md). Default CARD.",
                example = "CARD") PaymentMethodType paymentMethod,
        @Pattern(regexp = PaymentProvider.PATTERN, message = "must be a payment gateway's name such as acme")
        @Schema(description = "The payment provider the shopper chose (a payment gateway's name, e.g. the one whose "
                + "checkout widget issued the token): the payment goes there only, when the route for its method, currency and "
                + "amount offers it (docs/payments.md), else 422 payment-provider-not-offered naming the ones it does. Left out: "
                + "the route's gateways, preferred first, with failover.", example = "sandbox", maxLength = 40) String paymentProvider,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as DE")
        @Schema(minLength = 2, maxLength = 2, description = "Country of the payment method's billing address, if known; fraud screening compares it with the shipping country.",
                example = "GB") String billingCountry,
        @Size(max = 10) @Schema(description = "Promo codes entered (case does not matter). Each must give the order something "
                + "(check with POST /api/v1/price-quotes), else 422 promo-code-not-applicable; a code whose uses are gone: 409 promo-code-used-up")
        List<@NotBlank @Size(max = 64) String> promoCodes,
        @Pattern(regexp = ShippingChoice.PATTERN) @Schema(description = "How to pick the shipping: cheapest (default), fastest, "
                + "or a carrier's service as carrier/service (POST /api/v1/price-quotes lists the options); one that does not go "
                + "there is 422 not-shippable naming the options", example = "cheapest", maxLength = 129) String shipping) {

    record Line(@NotBlank @Size(max = 64) @Schema(example = "TSHIRT-BLK-M") String sku,
                @NotNull @Min(1) @Max(Quantity.MAX) @Schema(example = "2") Integer quantity) {
    }

    record ShippingAddress(@NotBlank @Size(max = 200) @Schema(example = "Ada Lovelace") String recipient,
                           @NotBlank @Size(max = 200) @Schema(example = "12 Analytical Way") String line1,
                           @Size(max = 200) String line2,
                           @NotBlank @Size(max = 100) @Schema(example = "London") String city,
                           @Size(max = 100) String region,
                           @NotBlank @Size(max = 20) @Schema(example = "N1 9GU") String postalCode,
                           @NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as DE")
                           @Schema(example = "GB", minLength = 2, maxLength = 2) String countryCode) {

        Address toAddress() {
            return new Address(recipient, line1, line2, city, region, postalCode, countryCode);
        }
    }

    /** @param clientAddress the client's IP address as this service sees it (behind a proxy: as forwarded) */
    PlaceOrderCommand toCommand(CustomerId customer, String clientAddress, String guestAccessToken, RequestKey requestKey) {
        return new PlaceOrderCommand(customer,
                Money.currencyOf(currency),
                lines.stream().map(line -> new PlaceOrderCommand.Line(new Sku(line.sku()), new Quantity(line.quantity()))).toList(),
                shippingAddress.toAddress(), paymentMethod == null ? PaymentMethodType.CARD : paymentMethod,
                new PaymentToken(paymentToken), PaymentProvider.ofNullable(paymentProvider), billingCountry, clientAddress,
                promoCodes == null ? Set.of() : Set.copyOf(promoCodes), ShippingChoice.parse(shipping), guestAccessToken, requestKey,
                null, null);
    }
}
