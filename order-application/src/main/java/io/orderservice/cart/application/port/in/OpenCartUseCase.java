package io.orderservice.cart.application.port.in;

import io.orderservice.cart.domain.Cart;
import io.orderservice.shared.Caller;
import java.util.Currency;
import java.util.Objects;

/**
 * Opens a cart: a customer's (the caller's, or the customer a storefront acts for), who has at most one that is not
 * closed — asking again answers with that one — or, for a storefront acting for nobody, a new anonymous cart.
 *
 * @throws io.orderservice.shared.AccessRefusedException for a caller who is no shopper and acts for none
 */
public interface OpenCartUseCase {

    Opened open(OpenCart command, Caller caller);

    /** @param country where the cart's taxes and shipping are estimated until it has an address (ISO 3166-1 alpha-2) */
    record OpenCart(Currency currency, String country) {
        public OpenCart {
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(country, "country");
        }
    }

    /** The cart, and whether it is new (false: the customer's open cart, found). */
    record Opened(Cart cart, boolean created) {
    }
}
