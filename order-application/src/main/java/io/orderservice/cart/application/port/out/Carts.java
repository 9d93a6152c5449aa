package io.orderservice.cart.application.port.out;

import io.orderservice.cart.application.port.in.CustomerHasCartException;
import io.orderservice.cart.application.port.in.StaleCartException;
import io.orderservice.cart.domain.Cart;
import io.orderservice.cart.domain.CartId;
import io.orderservice.shared.CustomerId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where carts are kept: each read whole and written whole, at the version it was read. */
public interface Carts {

    Optional<Cart> byId(CartId id);

    /** The customer's cart that is not closed (open, or being checked out), if there is one. */
    Optional<Cart> openOf(CustomerId customer);

    /** The versions the carts are at, by id; a cart that does not exist is missing. One read for all. */
    Map<CartId, Long> versionsOf(Collection<CartId> ids);

    /** Open carts not changed since {@code before} and not yet found abandoned, the longest idle first. */
    List<CartId> openIdleSince(Instant before, int limit);

    /** Deletes anonymous carts (open, or merged into a customer's) not changed since {@code before}; how many. */
    int deleteAnonymousIdleSince(Instant before);

    /** Deletes carts not changed since {@code before}, but for one being checked out; how many. */
    int deleteUnchangedSince(Instant before);

    /**
     * Stores a new cart.
     *
     * @return the cart at its first version; empty (nothing stored) when its customer has a cart that is not closed
     */
    Optional<Cart> insert(Cart cart);

    /**
     * Stores the carts' changes, all or none, each at the version it was read, with the events they recorded (to the
     * outbox, in the same transaction).
     *
     * @return the carts at their new versions, in the order given
     * @throws StaleCartException when one of them is no longer at the version it was read
     * @throws CustomerHasCartException when a cart becoming a customer's meets that customer's open cart
     */
    List<Cart> update(Cart... carts);
}
