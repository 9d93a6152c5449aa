package io.orderservice.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A fixed window of {@code order-service.rate-limit.limit} API requests per client address and instance,
 * announced on every answer with the IETF draft's {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
 * {@code RateLimit-Reset} (seconds) headers; beyond it, 429 with {@code Retry-After} before anything else
 * runs. A guard against one client starving the others; once the caller is known, {@link CallerRateLimits}
 * limits each caller and each customer too. The address is the one the service sees: behind a proxy, the
 * forwarded one only if the proxy is trusted (server.forward-headers-strategy, docs/operations.md).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestRateLimits extends OncePerRequestFilter {

    private final FixedWindowCounts addresses;

    RequestRateLimits(RequestRateLimitProperties properties, Clock clock) {
        this.addresses = new FixedWindowCounts(properties.limit(), properties.window(), clock);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !addresses.enabled() || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var use = addresses.count(request.getRemoteAddr());
        if (use.exceeded()) {
            FixedWindowCounts.refuse(request, response, use, "more than " + use.limit() + " requests in " + addresses.windowSeconds()
                    + " s from this client");
            return;
        }
        FixedWindowCounts.announce(response, use);
        chain.doFilter(request, response);
    }
}
