package io.orderservice.cart.application.port.in;

import io.orderservice.cart.domain.Cart;
import io.orderservice.cart.domain.CartId;
import io.orderservice.ordering.application.port.in.PlacementAnswer;
import io.orderservice.shared.Caller;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentProvider;
import io.orderservice.shared.PaymentToken;
import java.util.Objects;

/**
 * Turns a cart into an order through the placement saga. The order may cost at most what the cart last showed
 * (a price that rose since is refused with the cart priced again, for the shopper to see before paying; one that
 * fell is charged as it is now). The cart is closed only when the order is accepted; refused, it is open again. Every
 * try of one checkout places one order at most: a retry, or a second checkout racing the first, answers with the
 * order the first placed.
 *
 * @throws StaleCartException when {@code expectedVersion} is given and the open cart is no longer at it
 * @throws io.orderservice.cart.domain.CartNotReadyException, io.orderservice.cart.domain.CartClosedException,
 *         io.orderservice.ordering.application.port.in.OrderPlacementRefusedException (as placing an order refuses)
 */
public interface CheckoutCartUseCase {

    CheckedOut checkout(Checkout command, Caller caller);

    /**
     * @param paymentProvider  the provider the shopper chose, or null (as {@code PlaceOrderCommand#paymentProvider})
     * @param guestAccessToken for an anonymous cart checked out by a caller acting for no customer (a guest order): the
     *                         secret that will reach the order; unused otherwise
     */
    record Checkout(CartId cartId, Long expectedVersion, PaymentMethodType paymentMethodType, PaymentToken paymentToken,
                    PaymentProvider paymentProvider, String billingCountry, String clientAddress, String guestAccessToken) {
        public Checkout {
            Objects.requireNonNull(cartId, "cartId");
            Objects.requireNonNull(paymentMethodType, "paymentMethodType");
            Objects.requireNonNull(paymentToken, "paymentToken");
        }
    }

    /**
     * The cart after the checkout, the placement's answer, and for a guest order the access token that reaches it
     * (null otherwise).
     */
    record CheckedOut(Cart cart, PlacementAnswer answer, String guestAccessToken) {
    }
}
