package io.orderservice.platform.security;

import io.orderservice.shared.web.CallerAuthentication;
import io.orderservice.shared.web.GuestOrderTokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a guest by their order's access token ({@code Order-Access-Token}, given once when a storefront placed
 * the order for a shopper without an account) on that order's own paths; the guest may then read, cancel and track
 * it (ApiAccessRules, role guest) and nothing else. A token that is not the order's is 401. A request with a bearer
 * token is left to the bearer token.
 */
final class GuestOrderTokenFilter extends OncePerRequestFilter {

    private static final PathPatternRequestMatcher ORDER = PathPatternRequestMatcher.withDefaults().matcher("/api/v1/orders/{orderId}");
    private static final PathPatternRequestMatcher BELOW_ORDER = PathPatternRequestMatcher.withDefaults()
            .matcher("/api/v1/orders/{orderId}/**");

    private final GuestOrderTokens tokens;
    private final SecurityProblems problems;

    GuestOrderTokenFilter(GuestOrderTokens tokens, SecurityProblems problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(GuestOrderTokens.HEADER) == null || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || !(ORDER.matches(request) || BELOW_ORDER.matches(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var match = ORDER.matches(request) ? ORDER.matcher(request) : BELOW_ORDER.matcher(request);
        var guest = tokens.guestOf(match.getVariables().get("orderId"), request.getHeader(GuestOrderTokens.HEADER));
        if (guest.isEmpty()) {
            SecurityContextHolder.clearContext();
            problems.unauthenticated(request, response, new BadCredentialsException(
                    "The Order-Access-Token is not this order's: a guest order's token reaches that order only."));
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new CallerAuthentication(guest.get()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
