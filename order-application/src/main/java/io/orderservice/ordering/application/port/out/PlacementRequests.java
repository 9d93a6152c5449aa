package io.orderservice.ordering.application.port.out;

import io.orderservice.shared.OrderId;
import io.orderservice.shared.RequestKey;
import java.util.Optional;

/**
 * Which order a placement request with an {@code Idempotency-Key} placed. The key is bound to its order in the
 * transaction that stores the order, so a retry of a request whose answer was lost (its process was killed while
 * the saga ran) finds that order instead of placing a second one, however late it comes.
 */
public interface PlacementRequests {

    /** The order a request with this key placed, if one did. */
    Optional<OrderId> placedBy(RequestKey key);

    /**
     * Binds the key to the order being stored, in the caller's transaction.
     *
     * @return the other order the key is bound to already (another run of the same request stored it first: nothing is
     * bound then); empty when the key is now bound to this order (whether the filter claimed it or not: a key the
     * service made itself, such as a cart checkout's, is bound all the same)
     */
    Optional<OrderId> bind(RequestKey key, OrderId orderId);
}
