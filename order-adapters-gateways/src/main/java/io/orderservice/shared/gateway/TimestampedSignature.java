package io.orderservice.shared.gateway;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature scheme of the webhooks this service receives (Stripe's): {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "t.payload" with the shared secret>} — several {@code v1} while a secret is rotated. Refused when no {@code v1}
 * matches or the timestamp is further than the tolerance from now, so a captured webhook cannot be replayed later.
 */
public final class TimestampedSignature {

    /** Why a signature was refused. */
    public static final class RejectedException extends RuntimeException {
        RejectedException(String message) {
            super(message);
        }
    }

    private TimestampedSignature() {
    }

    /** The header for a payload: what a sender sends; also what tests sign with. */
    public static String sign(String secret, long unixSeconds, String payload) {
        return "t=" + unixSeconds + ",v1=" + HexFormat.of().formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8),
                unixSeconds + "." + payload));
    }

    /** @throws RejectedException naming what is wrong */
    public static void verify(String header, byte[] secret, String payload, Duration tolerance, Instant now) {
        if (header == null || header.isBlank()) {
            throw new RejectedException("no signature header");
        }
        Long timestamp = null;
        var candidates = new ArrayList<String>();
        for (var part : header.split(",")) {
            var pair = part.trim().split("=", 2);
            if (pair.length == 2 && pair[0].equals("t")) {
                try {
                    timestamp = Long.parseLong(pair[1]);
                } catch (NumberFormatException e) {
                    throw new RejectedException("the signature timestamp is not a number");
                }
            } else if (pair.length == 2 && pair[0].equals("v1")) {
                candidates.add(pair[1]);
            }
        }
        if (timestamp == null || candidates.isEmpty()) {
            throw new RejectedException("the signature header lacks t= or v1=");
        }
        // Compared as numbers: a timestamp beyond what an Instant holds is refused like any stale one, not a 500.
        long nowSeconds = now.getEpochSecond();
        if (timestamp < nowSeconds - tolerance.toSeconds() || timestamp > nowSeconds + tolerance.toSeconds()) {
            String away;
            try {
                away = Math.absExact(Math.subtractExact(nowSeconds, timestamp)) + " s away from now";
            } catch (ArithmeticException impossible) {
                away = "at " + timestamp + ", no time near now";
            }
            throw new RejectedException("signed " + away + ", more than " + tolerance.toSeconds() + " s");
        }
        var expected = hmac(secret, timestamp + "." + payload);
        boolean matches = candidates.stream().anyMatch(candidate -> {
            try {
                return MessageDigest.isEqual(expected, HexFormat.of().parseHex(candidate));
            } catch (IllegalArgumentException e) {
                return false;
            }
        });
        if (!matches) {
            throw new RejectedException("the signature does not match the payload");
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
