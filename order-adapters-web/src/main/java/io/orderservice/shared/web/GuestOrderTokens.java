package io.orderservice.shared.web;

import io.orderservice.shared.Caller;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Verifies a guest order's access token ({@value #HEADER} header) for the order a request names: the guest caller of
 * that order if the token is the order's. Implemented by the ordering capability; asked by the security filters.
 */
public interface GuestOrderTokens {

    String HEADER = "Order-Access-Token";

    Optional<Caller> guestOf(String orderId, String accessToken);

    /** A new guest order's access token: 32 random bytes, URL-safe, unguessable. */
    static String newAccessToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The generator of access tokens (thread-safe). */
    SecureRandom RANDOM = new SecureRandom();
}
