package io.orderservice.ordering.application.port.out;

import io.orderservice.shared.OrderId;
import java.util.Optional;

/**
 * The access of guest orders: the SHA-256 of each guest order's access token (never the token itself), written with
 * the order.
 */
public interface GuestOrderAccess {

    /** Gives the order this access token, in place of the one it had (whose holder never received it). */
    void grant(OrderId orderId, byte[] tokenSha256);

    /** The hash of the order's access token; empty for an order that is not a guest's. */
    Optional<byte[]> tokenSha256Of(OrderId orderId);
}
