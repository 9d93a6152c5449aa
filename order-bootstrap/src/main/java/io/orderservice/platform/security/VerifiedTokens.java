package io.orderservice.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Keeps the tokens it has verified, each until it expires (at most {@code keepFor}), so that a client's next request
 * with the same token is not verified again: decoding and checking a token's signature was the largest part of the
 * cost identities added to a request (docs/performance.md). Only what the verifier accepted is kept, by the whole
 * token string; a token that has expired is verified afresh, and refused by the verifier. A signing key withdrawn
 * by the issuer stops working for tokens already seen within {@code keepFor} at the latest.
 */
final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder verifier;
    private final Cache<String, Jwt> verified;
    private final Clock clock;

    VerifiedTokens(JwtDecoder verifier, int maximumTokens, Duration keepFor, Clock clock) {
        this.verifier = verifier;
        this.verified = Caffeine.newBuilder().maximumSize(maximumTokens).expireAfterWrite(keepFor).build();
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        var known = verified.getIfPresent(token);
        if (known != null && known.getExpiresAt() != null && clock.instant().isBefore(known.getExpiresAt())) {
            return known;
        }
        var jwt = verifier.decode(token);
        if (jwt.getExpiresAt() != null) {
            verified.put(token, jwt);
        }
        return jwt;
    }
}
