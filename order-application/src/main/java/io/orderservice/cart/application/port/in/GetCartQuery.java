package io.orderservice.cart.application.port.in;

import io.orderservice.cart.domain.Cart;
import io.orderservice.cart.domain.CartId;
import io.orderservice.shared.Caller;

/**
 * A cart the caller reaches, as it stands: a customer's by that customer (or a storefront acting for them, or staff);
 * an anonymous one by whoever holds its id. A cart whose checkout was under way first learns how its order fared.
 *
 * @throws CartNotFoundException for a cart that does not exist or that the caller does not reach
 */
public interface GetCartQuery {

    Cart get(CartId id, Caller caller);
}
