package io.orderservice.platform;

import io.orderservice.shared.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Requests per key (a client address, a caller, a customer) in fixed windows of one instance; the counts of a window
 * are dropped when the next begins, so memory stays bounded by the keys of one window. Answers are announced with the
 * IETF draft's {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset} (seconds) headers.
 */
final class FixedWindowCounts {


    private final int limit;
    private final long windowMillis;
    private final Clock clock;
    private volatile Window window = new Window(0);

    FixedWindowCounts(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    /** The counts of one window; replaced as a whole when the next window starts. */
    private record Window(long number, ConcurrentHashMap<String, AtomicInteger> counts) {
        Window(long number) {
            this(number, new ConcurrentHashMap<>());
        }
    }

    /** One request of {@code key}: how many it has made in this window, and when the window ends. */
    record Use(int limit, int used, long resetSeconds) {
        boolean exceeded() {
            return used > limit;
        }
    }

    boolean enabled() {
        return limit > 0;
    }

    Use count(String key) {
        // instant(), not millis(): the service's clock ticks in microseconds, and Clock.tickMicros(..).millis()
        // divides by zero on JDK 17.
        long now = clock.instant().toEpochMilli();
        var current = currentWindow(now / windowMillis);
        int used = current.counts().computeIfAbsent(key, any -> new AtomicInteger()).incrementAndGet();
        return new Use(limit, used, Math.max(1, ((current.number() + 1) * windowMillis - now + 999) / 1000));
    }

    static void announce(HttpServletResponse response, Use use) {
        response.setHeader("RateLimit-Limit", String.valueOf(use.limit()));
        response.setHeader("RateLimit-Remaining", String.valueOf(Math.max(0, use.limit() - use.used())));
        response.setHeader("RateLimit-Reset", String.valueOf(use.resetSeconds()));
    }

    /** 429 problem+json with Retry-After; {@code detail} says whose requests were too many. */
    static void refuse(HttpServletRequest request, HttpServletResponse response, Use use, String detail) throws IOException {
        announce(response, use);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(use.resetSeconds()));
        ProblemResponses.write(response, request, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests",
                detail + "; try again after Retry-After");
    }

    long windowSeconds() {
        return Math.max(1, windowMillis / 1000);
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
