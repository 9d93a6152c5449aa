package io.orderservice.cart.application.port.in;

import io.orderservice.cart.domain.CartId;
import java.util.Collection;
import java.util.Map;

/**
 * The versions the carts are at now, in one read: what a live stream polls to learn which carts changed (on any
 * instance). A cart that no longer exists is missing from the answer.
 */
public interface CartVersionsQuery {

    Map<CartId, Long> versionsOf(Collection<CartId> ids);
}
