package io.orderservice.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(NOW);
    private final List<String> verifications = new ArrayList<>();
    private final JwtDecoder verifier = token -> {
        verifications.add(token);
        if (token.startsWith("forged")) {
            throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("support").issuedAt(NOW)
                .expiresAt(NOW.plus(Duration.ofMinutes(10))).build();
    };
    private final VerifiedTokens tokens = new VerifiedTokens(verifier, 100, Duration.ofMinutes(5), new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    });

    @Test
    void aTokenIsVerifiedOnceWhileItIsValid() {
        assertThat(tokens.decode("a").getSubject()).isEqualTo("support");
        assertThat(tokens.decode("a").getSubject()).isEqualTo("support");
        tokens.decode("b");

        assertThat(verifications).containsExactly("a", "b");
    }

    @Test
    void anExpiredTokenIsVerifiedAgainAndARefusedOneIsNeverKept() {
        tokens.decode("a");
        now.set(NOW.plus(Duration.ofMinutes(10)));
        tokens.decode("a");
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(verifications).containsExactly("a", "a", "forged", "forged");
    }
}
