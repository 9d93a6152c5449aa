package io.orderservice.ordering.domain.saga;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentProvider;
import io.orderservice.shared.PaymentToken;
import java.util.Objects;

/**
 * What the customer sent with the order that later steps of its placement need: how to pay, and the
 * facts fraud screening weighs besides the order itself. No card data: the token stands for it.
 *
 * @param paymentProvider the provider the customer chose (their token is theirs), or null: the route's gateways
 * @param billingCountry  ISO code of the payment method's billing address, if the client sent one
 * @param clientAddress   the client's IP address as the service saw it, if known
 */
public record Checkout(PaymentMethodType paymentMethod, PaymentToken paymentToken, PaymentProvider paymentProvider,
                       String billingCountry, String clientAddress) {

    public Checkout {
        Objects.requireNonNull(paymentMethod, "paymentMethod");
        Objects.requireNonNull(paymentToken, "paymentToken");
        if (billingCountry != null && !billingCountry.matches("[A-Z]{2}")) {
            throw new InvalidValueException("a billing country is an ISO 3166-1 alpha-2 code such as DE");
        }
        if (clientAddress != null && (clientAddress.isBlank() || clientAddress.length() > 64)) {
            throw new InvalidValueException("a client address has 1 to 64 characters");
        }
    }

    /** The same checkout paid another way (a payment retry), at the provider named, if any. */
    public Checkout payingWith(PaymentMethodType method, PaymentToken token, PaymentProvider provider) {
        return new Checkout(method, token, provider, billingCountry, clientAddress);
    }
}
