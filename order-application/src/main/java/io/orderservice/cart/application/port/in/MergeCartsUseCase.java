package io.orderservice.cart.application.port.in;

import io.orderservice.cart.domain.Cart;
import io.orderservice.cart.domain.CartId;
import io.orderservice.cart.domain.MergeAdjustment;
import io.orderservice.shared.Caller;
import java.util.List;

/**
 * At a shopper's login, takes their anonymous cart into their customer cart by the documented rule
 * ({@link Cart#absorb}); a customer without an open cart takes the anonymous cart over as it is. Merging again
 * (a retry) answers with the cart it went into.
 *
 * @throws io.orderservice.shared.AccessRefusedException for a caller who is no customer and acts for none
 */
public interface MergeCartsUseCase {

    Merged merge(CartId anonymous, Caller caller);

    /** The customer's cart after the merge, and what did not go in as it was. */
    record Merged(Cart cart, List<MergeAdjustment> adjustments) {
        public Merged {
            adjustments = List.copyOf(adjustments);
        }
    }
}
