package io.orderservice.ordering.application.port.in;

import io.orderservice.ordering.domain.ExchangeCredit;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.price.ShippingChoice;
import io.orderservice.shared.Address;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentProvider;
import io.orderservice.shared.PaymentToken;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.RequestKey;
import io.orderservice.shared.Sku;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.modulith.NamedInterface;

/**
 * A customer's request to buy these lines, shipped there, paid with that token. Valid once constructed.
 *
 * @param paymentProvider the provider the customer chose (its gateway's name; their token is paid there only, if the
 *                        route for the order's payment offers it), or null: the route's gateways, with failover
 * @param billingCountry ISO code of the payment method's billing address, if the client sent one (fraud screening)
 * @param clientAddress  the client's IP address, if known (fraud screening)
 * @param promoCodes     the promo codes the customer entered, upper case
 * @param shipping       how the shipping is picked (the cheapest way by default)
 * @param guestAccessToken for a guest order (a storefront's shopper without an account), the secret that will read,
 *                         cancel and track it (only its hash is kept); null for a customer's order
 * @param requestKey     the request's {@code Idempotency-Key}, if it had one: a retry with it never places a second order
 * @param replacement    for an exchange's replacement (the returns capability places it), what the return pays of it;
 *                       null for any other order
 * @param acceptedTotal  the most the customer was shown and agreed to pay (a cart's total): an order that would cost
 *                       more now is refused ({@code PRICE_CHANGED}) before anything is stored; null for no such limit
 */
@NamedInterface("placement")
public record PlaceOrderCommand(CustomerId customerId, Currency currency, List<Line> lines,
                                Address shippingAddress, PaymentMethodType paymentMethodType, PaymentToken paymentToken,
                                PaymentProvider paymentProvider, String billingCountry, String clientAddress,
                                Set<String> promoCodes, ShippingChoice shipping, String guestAccessToken,
                                RequestKey requestKey, Replacement replacement, Money acceptedTotal) {

    public PlaceOrderCommand {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(shippingAddress, "shippingAddress");
        Objects.requireNonNull(paymentMethodType, "paymentMethodType");
        Objects.requireNonNull(paymentToken, "paymentToken");
        if (lines == null || lines.isEmpty() || lines.size() > Order.MAX_LINES) {
            throw new InvalidValueException("an order has 1 to " + Order.MAX_LINES + " lines");
        }
        lines = List.copyOf(lines);
        promoCodes = promoCodes == null ? Set.of()
                : promoCodes.stream().map(code -> code.trim().toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        shipping = shipping == null ? ShippingChoice.CHEAPEST : shipping;
        if (guestAccessToken != null && guestAccessToken.length() < 32) {
            throw new InvalidValueException("a guest order's access token has at least 32 characters");
        }
        if (acceptedTotal != null && !acceptedTotal.currency().equals(currency)) {
            throw new InvalidValueException("the accepted total is in the order's currency, " + currency);
        }
    }

    /** Not an exchange's replacement, with no limit to its total. */
    public PlaceOrderCommand(CustomerId customerId, Currency currency, List<Line> lines,
                             Address shippingAddress, PaymentMethodType paymentMethodType, PaymentToken paymentToken,
                             String billingCountry, String clientAddress, Set<String> promoCodes, ShippingChoice shipping,
                             String guestAccessToken, RequestKey requestKey, Replacement replacement) {
        this(customerId, currency, lines, shippingAddress, paymentMethodType, paymentToken, null, billingCountry,
                clientAddress, promoCodes, shipping, guestAccessToken, requestKey, replacement, null);
    }

    /** Not an exchange's replacement. */
    public PlaceOrderCommand(CustomerId customerId, Currency currency, List<Line> lines,
                             Address shippingAddress, PaymentMethodType paymentMethodType, PaymentToken paymentToken,
                             String billingCountry, String clientAddress, Set<String> promoCodes, ShippingChoice shipping,
                             String guestAccessToken, RequestKey requestKey) {
        this(customerId, currency, lines, shippingAddress, paymentMethodType, paymentToken, billingCountry, clientAddress,
                promoCodes, shipping, guestAccessToken, requestKey, null);
    }

    /** Without an idempotency key. */
    public PlaceOrderCommand(CustomerId customerId, Currency currency, List<Line> lines,
                             Address shippingAddress, PaymentMethodType paymentMethodType, PaymentToken paymentToken,
                             String billingCountry, String clientAddress, Set<String> promoCodes, ShippingChoice shipping,
                             String guestAccessToken) {
        this(customerId, currency, lines, shippingAddress, paymentMethodType, paymentToken, billingCountry, clientAddress,
                promoCodes, shipping, guestAccessToken, null);
    }

    /** Without promo codes. */
    public PlaceOrderCommand(CustomerId customerId, Currency currency, List<Line> lines,
                             Address shippingAddress, PaymentMethodType paymentMethodType, PaymentToken paymentToken,
                             String billingCountry, String clientAddress) {
        this(customerId, currency, lines, shippingAddress, paymentMethodType, paymentToken, billingCountry,
                clientAddress, Set.of(), ShippingChoice.CHEAPEST, null);
    }

    /** Paid by card, the most common method, with nothing known about the client. */
    public PlaceOrderCommand(CustomerId customerId, Currency currency, List<Line> lines, Address shippingAddress,
                             PaymentToken paymentToken) {
        this(customerId, currency, lines, shippingAddress, PaymentMethodType.CARD, paymentToken, null, null,
                Set.of(), ShippingChoice.CHEAPEST, null);
    }

    /** The same request shipped to {@code address} (as verified). */
    public PlaceOrderCommand shippedTo(Address address) {
        return new PlaceOrderCommand(customerId, currency, lines, address, paymentMethodType, paymentToken, paymentProvider,
                billingCountry, clientAddress, promoCodes, shipping, guestAccessToken, requestKey, replacement, acceptedTotal);
    }

    /**
     * An exchange's replacement: a return of another order pays {@code credit} of it (up to its total), its payment
     * method the rest.
     *
     * @param shipsAtOnce whether it may ship before the return arrives (a rule trusted the customer)
     */
    public record Replacement(ExchangeCredit credit, boolean shipsAtOnce) {
        public Replacement {
            Objects.requireNonNull(credit, "credit");
        }
    }

    /** A SKU and how many of it the customer wants. */
    @NamedInterface("placement")
    public record Line(Sku sku, Quantity quantity) {
        public Line {
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(quantity, "quantity");
        }
    }
}
