package io.orderservice.platform;

import io.orderservice.shared.web.BodyReadAgain;
import io.orderservice.shared.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on POST (IETF httpapi draft, as Stripe does it): the first request with a key
 * runs and its answer is kept for {@code retention}; the same key with the same body replays that answer
 * byte for byte (marked {@code Idempotent-Replayed: true}) without running again; the same key with
 * another body is 422; while the first is still running, 409. Server errors are not kept: the client may
 * try again with the same key. Keys live in PostgreSQL, so every instance honours them; a scheduled
 * cleanup removes expired ones.
 * <p>
 * A servlet filter, not a use case: what is replayed is the HTTP response. It runs after the card-data
 * filter, so a refused body is never stored, and after Spring Security's, so only an authenticated caller claims a
 * key; the caller's identity is part of the fingerprint, so a key replays only to the caller who used it first
 * (another caller with the same key is answered as a different request: 422).
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10)
class IdempotencyKeys extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final JdbcClient jdbc;
    private final IdempotencyProperties properties;
    private final Clock clock;

    IdempotencyKeys(JdbcClient jdbc, IdempotencyProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getMethod().equals("POST") || request.getHeader(HEADER) == null
                || !properties.paths().contains(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var key = request.getHeader(HEADER);
        var path = request.getRequestURI();
        if (!VALID_KEY.matcher(key).matches()) {
            refuse(request, response, 400, "invalid-request", "Invalid request",
                    "Idempotency-Key must be 1 to 255 visible ASCII characters");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        var fingerprint = sha256(caller(), body);
        var now = clock.instant();
        if (!claim(key, path, fingerprint, now)) {
            answerFromRecord(key, path, fingerprint, request, response);
            return;
        }
        var recorder = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(new BodyReadAgain(request, body), recorder);
            if (recorder.getStatus() < 500) {
                keep(key, path, recorder);
                kept = true;
            }
        } finally {
            if (!kept) {
                jdbc.sql("DELETE FROM idempotency_key WHERE idempotency_key = ? AND request_path = ? AND response_status IS NULL")
                        .params(key, path).update();
            }
            recorder.copyBodyToResponse();
        }
    }

    /** Records the key as in flight; false when it is known already (and not abandoned). */
    private boolean claim(String key, String path, String fingerprint, java.time.Instant now) {
        int claimed = jdbc.sql("""
                        INSERT INTO idempotency_key (idempotency_key, request_path, fingerprint, created_at, expires_at)
                        VALUES (:key, :path, :fingerprint, :now, :expires)
                        ON CONFLICT (idempotency_key, request_path) DO UPDATE
                          SET fingerprint = EXCLUDED.fingerprint, created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at
                          WHERE idempotency_key.expires_at < :now
                             OR (idempotency_key.response_status IS NULL AND idempotency_key.created_at < :abandoned
                                 AND idempotency_key.fingerprint = EXCLUDED.fingerprint)""")
                .param("key", key).param("path", path).param("fingerprint", fingerprint)
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(properties.retention())))
                .param("abandoned", Timestamp.from(now.minus(properties.inFlightTimeout())))
                .update();
        return claimed == 1;
    }

    private void keep(String key, String path, ContentCachingResponseWrapper recorder) {
        jdbc.sql("""
                        UPDATE idempotency_key SET response_status = ?, content_type = ?, location = ?, response_body = ?
                        WHERE idempotency_key = ? AND request_path = ?""")
                .params(recorder.getStatus(), recorder.getContentType(), recorder.getHeader(HttpHeaders.LOCATION),
                        recorder.getContentAsByteArray(), key, path)
                .update();
    }

    private void answerFromRecord(String key, String path, String fingerprint, HttpServletRequest request,
                                  HttpServletResponse response) throws IOException {
        var record = jdbc.sql("""
                        SELECT fingerprint, response_status, content_type, location, response_body FROM idempotency_key
                        WHERE idempotency_key = ? AND request_path = ?""")
                .params(key, path)
                .query((row, number) -> new Kept(row.getString("fingerprint"), (Integer) row.getObject("response_status"),
                        row.getString("content_type"), row.getString("location"), row.getBytes("response_body")))
                .optional();
        if (record.isEmpty()) {
            // Its first request failed and let the key go in the meantime: the client may simply try again.
            refuse(request, response, 409, "idempotency-key-in-flight", "Request in progress",
                    "a request with this Idempotency-Key was just being processed; retry it");
            return;
        }
        var kept = record.get();
        if (!kept.fingerprint().equals(fingerprint)) {
            refuse(request, response, 422, "idempotency-key-reused", "Idempotency-Key reused",
                    "this Idempotency-Key was used with another request body, or by another caller; use a new key for a new request");
            return;
        }
        if (kept.status() == null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            refuse(request, response, 409, "idempotency-key-in-flight", "Request in progress",
                    "the first request with this Idempotency-Key is still being processed; retry it shortly");
            return;
        }
        log.info("Replayed the answer to Idempotency-Key {} on {}", key, path);
        response.setStatus(kept.status());
        if (kept.contentType() != null) {
            response.setContentType(kept.contentType());
        }
        if (kept.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, kept.location());
        }
        response.setHeader("Idempotent-Replayed", "true");
        response.getOutputStream().write(kept.body() == null ? new byte[0] : kept.body());
    }

    private record Kept(String fingerprint, Integer status, String contentType, String location, byte[] body) {
    }

    /** Deletes keys past their retention. */
    @Scheduled(cron = "${order-service.idempotency.purge-cron:0 27 * * * *}")
    int purgeExpired() {
        int purged = jdbc.sql("DELETE FROM idempotency_key WHERE expires_at < ?").param(Timestamp.from(clock.instant())).update();
        if (purged > 0) {
            log.info("Purged {} expired idempotency keys", purged);
        }
        return purged;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String type, String title,
                               String detail) throws IOException {
        ProblemResponses.write(response, request, HttpStatusCode.valueOf(status), type, title, detail);
    }

    /** Who claims the key: the authenticated principal (a token's subject). */
    private static String caller() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "" : authentication.getName();
    }

    private static String sha256(String caller, byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(caller.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
