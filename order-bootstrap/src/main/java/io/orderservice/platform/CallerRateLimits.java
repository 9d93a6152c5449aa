package io.orderservice.platform;

import io.orderservice.shared.web.CallerFromToken;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Fixed windows of API requests per caller ({@code order-service.rate-limit.per-caller}, by the token's subject) and
 * per customer acted for ({@code per-customer}: a customer's own token, or a storefront's acting for them), after
 * authentication, so that one storefront, operator or customer cannot starve the others however many addresses it
 * comes from. Beyond either, 429 with {@code Retry-After} and the limit that was hit in the {@code RateLimit-*}
 * headers. Unauthenticated requests (signed webhooks; refused ones never get here) are limited by address only.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 5)
class CallerRateLimits extends OncePerRequestFilter {

    private final FixedWindowCounts callers;
    private final FixedWindowCounts customers;
    private final CallerFromToken callerFromToken;

    CallerRateLimits(RequestRateLimitProperties properties, Clock clock, CallerFromToken callerFromToken) {
        this.callers = new FixedWindowCounts(properties.perCaller(), properties.window(), clock);
        this.customers = new FixedWindowCounts(properties.perCustomer(), properties.window(), clock);
        this.callerFromToken = callerFromToken;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return !request.getRequestURI().startsWith("/api/") || authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var caller = callerFromToken.current();
        if (callers.enabled()) {
            var use = callers.count(caller.subject());
            if (use.exceeded()) {
                FixedWindowCounts.refuse(request, response, use, "more than " + use.limit() + " requests in " + callers.windowSeconds()
                        + " s from this caller");
                return;
            }
        }
        if (customers.enabled() && caller.customer() != null) {
            var use = customers.count(caller.customer().value());
            if (use.exceeded()) {
                FixedWindowCounts.refuse(request, response, use, "more than " + use.limit() + " requests in " + customers.windowSeconds()
                        + " s for this customer");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
