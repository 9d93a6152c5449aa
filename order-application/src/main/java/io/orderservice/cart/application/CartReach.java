package io.orderservice.cart.application;

import io.orderservice.cart.application.port.in.CartNotFoundException;
import io.orderservice.cart.application.port.out.Carts;
import io.orderservice.cart.domain.Cart;
import io.orderservice.cart.domain.CartId;
import io.orderservice.shared.Caller;
import org.springframework.stereotype.Component;

/**
 * Whose carts a caller reaches: a customer's cart its customer (or a storefront acting for them) and the shop's staff;
 * an anonymous cart whoever holds its id, which is its secret. Out of reach is answered as missing.
 */
@Component
class CartReach {

    private final Carts carts;

    CartReach(Carts carts) {
        this.carts = carts;
    }

    Cart reachable(CartId id, Caller caller) {
        return carts.byId(id).filter(cart -> reaches(caller, cart)).orElseThrow(() -> new CartNotFoundException(id));
    }

    static boolean reaches(Caller caller, Cart cart) {
        return cart.customer().map(caller::reaches).orElse(true);
    }
}
