package io.orderservice.ordering.application.port.out;

import io.orderservice.shared.OrderId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

    /** The hash a guest's access token is kept and compared under. */
    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
