package io.orderservice.shared.web;

import io.orderservice.shared.Caller;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Role;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Short-lived tickets that open one event stream: a browser's {@code EventSource} cannot send an
 * {@code Authorization} header, so the client asks for a ticket with its token and puts the ticket in the stream's
 * URL ({@code ?ticket=}). A ticket names the caller it was issued to and the one stream path it opens, and expires
 * after {@code order-service.security.stream-tickets.lifetime}; it is signed (HMAC-SHA256) with
 * {@code order-service.security.stream-tickets.secret}, which instances behind one load balancer must share (without
 * it each instance signs with a random key of its own, and a ticket opens streams only on the instance that issued it).
 */
@Component
public class StreamTickets {

    private static final Logger log = LoggerFactory.getLogger(StreamTickets.class);
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    private static final String SEPARATOR = "\n";

    private final SecretKeySpec key;
    private final Duration lifetime;
    private final Clock clock;

    StreamTickets(@Value("${order-service.security.stream-tickets.secret:}") String secret,
                  @Value("${order-service.security.stream-tickets.lifetime:PT2M}") Duration lifetime, Clock clock) {
        byte[] keyBytes;
        if (secret.isBlank()) {
            keyBytes = new byte[32];
            new SecureRandom().nextBytes(keyBytes);
            log.info("Stream tickets are signed with a key of this instance only: set order-service.security.stream-tickets.secret "
                    + "when several instances serve streams");
        } else {
            keyBytes = secret.getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(keyBytes, "HmacSHA256");
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** A ticket that lets {@code caller} open the stream at {@code path}. */
    public Ticket issue(Caller caller, String path) {
        var expiresAt = clock.instant().plus(lifetime);
        var payload = String.join(SEPARATOR, path, Long.toString(expiresAt.getEpochSecond()), caller.subject(),
                caller.roles().stream().map(Role::name).collect(Collectors.joining(",")),
                caller.customer() == null ? "" : caller.customer().value(), String.join(",", new TreeSet<>(caller.locations())));
        var encoded = ENCODE.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return new Ticket(encoded + "." + ENCODE.encodeToString(sign(encoded)), expiresAt);
    }

    /** The caller a ticket was issued to, if it is genuine, unexpired and for {@code path}. */
    public Optional<Caller> verify(String ticket, String path) {
        int dot = ticket.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        var encoded = ticket.substring(0, dot);
        try {
            if (!MessageDigest.isEqual(sign(encoded), DECODE.decode(ticket.substring(dot + 1)))) {
                return Optional.empty();
            }
            var fields = new String(DECODE.decode(encoded), StandardCharsets.UTF_8).split(SEPARATOR, -1);
            if (fields.length != 6 || !fields[0].equals(path)
                    || !clock.instant().isBefore(Instant.ofEpochSecond(Long.parseLong(fields[1])))) {
                return Optional.empty();
            }
            var roles = fields[3].isEmpty() ? EnumSet.noneOf(Role.class)
                    : Arrays.stream(fields[3].split(",")).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
            Set<String> locations = fields[5].isEmpty() ? Set.of() : Set.of(fields[5].split(","));
            return Optional.of(new Caller(fields[2], roles, fields[4].isEmpty() ? null : new CustomerId(fields[4]), locations));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    public record Ticket(String value, Instant expiresAt) {
    }
}
