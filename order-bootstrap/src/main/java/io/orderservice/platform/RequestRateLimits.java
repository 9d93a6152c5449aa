package io.orderservice.platform;

import io.orderservice.shared.web.ProblemTypes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A fixed window of {@code order-service.rate-limit.limit} API requests per client address and instance,
 * announced on every answer with the IETF draft's {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
 * {@code RateLimit-Reset} (seconds) headers; beyond it, 429 with {@code Retry-After} before anything else
 * runs. A guard against one client starving the others, not a quota: an API gateway in front of the
 * service is where per-customer quotas belong. The counts of a window are dropped when the next begins,
 * so memory stays bounded by the clients of one window.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestRateLimits extends OncePerRequestFilter {

    private static final String PROBLEM = """
            {"type":"%s","title":"Too many requests","status":429,"detail":"more than %d requests in %d s from this client; \
            try again after Retry-After","instance":"%s"}""";

    private final RequestRateLimitProperties properties;
    private final Clock clock;
    private volatile Window window;

    RequestRateLimits(RequestRateLimitProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.window = new Window(0);
    }

    /** The counts of one window; replaced as a whole when the next window starts. */
    private record Window(long number, ConcurrentHashMap<String, AtomicInteger> counts) {
        Window(long number) {
            this(number, new ConcurrentHashMap<>());
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return properties.limit() == 0 || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long windowMillis = properties.window().toMillis();
        // instant(), not millis(): the service's clock ticks in microseconds, and Clock.tickMicros(..).millis()
        // divides by zero on JDK 17.
        long now = clock.instant().toEpochMilli();
        var current = currentWindow(now / windowMillis);
        int used = current.counts().computeIfAbsent(request.getRemoteAddr(), client -> new AtomicInteger()).incrementAndGet();
        long resetSeconds = Math.max(1, ((current.number() + 1) * windowMillis - now + 999) / 1000);
        response.setHeader("RateLimit-Limit", String.valueOf(properties.limit()));
        response.setHeader("RateLimit-Remaining", String.valueOf(Math.max(0, properties.limit() - used)));
        response.setHeader("RateLimit-Reset", String.valueOf(resetSeconds));
        if (used > properties.limit()) {
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(resetSeconds));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(PROBLEM.formatted(ProblemTypes.PREFIX + "too-many-requests", properties.limit(),
                    Math.max(1, windowMillis / 1000), request.getRequestURI()).getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }

    private Window currentWindow(long number) {
        var current = window;
        if (current.number() == number) {
            return current;
        }
        synchronized (this) {
            if (window.number() != number) {
                window = new Window(number);
            }
            return window;
        }
    }
}
