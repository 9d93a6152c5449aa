package io.orderservice.platform;

import io.orderservice.shared.RequestKey;
import io.orderservice.shared.web.BodyReadAgain;
import io.orderservice.shared.web.CallerFromToken;
import io.orderservice.shared.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

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
 * key. A key is the caller's (the token's subject and the customer it acts for): another caller's equal key is
 * another key, and a key never replays to anyone but the caller who used it first. The paths that honour keys are
 * patterns ({@code /api/v1/orders/{orderId}/refunds}); the key holds for the one path it was sent to.
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
    private final CallerFromToken callers;
    private final List<PathPattern> paths;

    IdempotencyKeys(JdbcClient jdbc, IdempotencyProperties properties, Clock clock, CallerFromToken callers) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.callers = callers;
        this.paths = properties.paths().stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // A path too long to be a key's is no path of the API's either: the request goes on to be refused there.
        if (!request.getMethod().equals("POST") || request.getHeader(HEADER) == null || request.getRequestURI().length() > 255) {
            return true;
        }
        var path = PathContainer.parsePath(request.getRequestURI());
        return paths.stream().noneMatch(pattern -> pattern.matches(path));
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
        var fingerprint = sha256(body);
        var now = clock.instant();
        var claim = RequestKey.sentBy(callers.current(), key, path);
        if (!claim(claim, fingerprint, now)) {
            answerFromRecord(claim, fingerprint, request, response);
            return;
        }
        var recorder = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(new BodyReadAgain(request, body), recorder);
            if (recorder.getStatus() < 500) {
                keep(claim, recorder);
                kept = true;
            }
        } finally {
            if (!kept) {
                release(claim);
            }
            recorder.copyBodyToResponse();
        }
    }

    /** Records the key as in flight; false when it is known already (and not abandoned). */
    private boolean claim(RequestKey claim, String fingerprint, Instant now) {
        int claimed = jdbc.sql("""
                        INSERT INTO idempotency_key (caller_scope, idempotency_key, request_path, fingerprint, created_at, expires_at)
                        VALUES (:scope, :key, :path, :fingerprint, :now, :expires)
                        ON CONFLICT (caller_scope, idempotency_key, request_path) DO UPDATE
                          SET fingerprint = EXCLUDED.fingerprint, created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at,
                              created_id = CASE WHEN idempotency_key.expires_at < :now THEN NULL ELSE idempotency_key.created_id END,
                              response_status = NULL, content_type = NULL, location = NULL, response_body = NULL
                          WHERE idempotency_key.expires_at < :now
                             OR (idempotency_key.response_status IS NULL AND idempotency_key.created_at < :abandoned
                                 AND idempotency_key.fingerprint = EXCLUDED.fingerprint)""")
                .param("scope", claim.scope()).param("key", claim.key()).param("path", claim.operation())
                .param("fingerprint", fingerprint)
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(properties.retention())))
                .param("abandoned", Timestamp.from(now.minus(properties.inFlightTimeout())))
                .update();
        return claimed == 1;
    }

    /**
     * A first request that failed lets its key go, so that the client may try again at once. If it created something
     * before failing (a placement's order), the key stays bound to that, and the retry answers with it.
     */
    private void release(RequestKey claim) {
        int deleted = jdbc.sql("""
                        DELETE FROM idempotency_key WHERE caller_scope = ? AND idempotency_key = ? AND request_path = ?
                          AND response_status IS NULL AND created_id IS NULL""")
                .params(claim.scope(), claim.key(), claim.operation()).update();
        if (deleted == 0) {
            jdbc.sql("""
                            UPDATE idempotency_key SET created_at = ? WHERE caller_scope = ? AND idempotency_key = ?
                              AND request_path = ? AND response_status IS NULL""")
                    .params(Timestamp.from(Instant.EPOCH), claim.scope(), claim.key(), claim.operation()).update();
        }
    }

    private void keep(RequestKey claim, ContentCachingResponseWrapper recorder) {
        jdbc.sql("""
                        UPDATE idempotency_key SET response_status = ?, content_type = ?, location = ?, response_body = ?
                        WHERE caller_scope = ? AND idempotency_key = ? AND request_path = ?""")
                .params(recorder.getStatus(), recorder.getContentType(), recorder.getHeader(HttpHeaders.LOCATION),
                        recorder.getContentAsByteArray(), claim.scope(), claim.key(), claim.operation())
                .update();
    }

    private void answerFromRecord(RequestKey claim, String fingerprint, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var record = jdbc.sql("""
                        SELECT fingerprint, response_status, content_type, location, response_body FROM idempotency_key
                        WHERE caller_scope = ? AND idempotency_key = ? AND request_path = ?""")
                .params(claim.scope(), claim.key(), claim.operation())
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
                    "this Idempotency-Key was used with another request body; use a new key for a new request");
            return;
        }
        if (kept.status() == null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            refuse(request, response, 409, "idempotency-key-in-flight", "Request in progress",
                    "the first request with this Idempotency-Key is still being processed; retry it shortly");
            return;
        }
        log.info("Replayed the answer to an Idempotency-Key on {}", claim.operation());
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

    /** Whose key it is: see {@link io.orderservice.shared.Caller#keyScope()}. */
    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
