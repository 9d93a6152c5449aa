package io.orderservice.platform.security;

import io.orderservice.shared.Caller;
import io.orderservice.shared.web.GuestOrderTokens;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Authenticates a guest by their order's access token ({@code Order-Access-Token}, given once when a storefront placed
 * the order for a shopper without an account) on that order's own paths; the guest may then read, cancel and track
 * it (ApiAccessRules, role guest) and nothing else. A token that is not the order's is 401. A request with a bearer
 * token is left to the bearer token.
 */
final class GuestOrderTokenFilter extends CallerCredentialFilter {

    private static final PathPatternRequestMatcher ORDER = PathPatternRequestMatcher.withDefaults().matcher("/api/v1/orders/{orderId}");
    private static final PathPatternRequestMatcher BELOW_ORDER = PathPatternRequestMatcher.withDefaults()
            .matcher("/api/v1/orders/{orderId}/**");

    private final GuestOrderTokens tokens;

    GuestOrderTokenFilter(GuestOrderTokens tokens, SecurityProblems problems) {
        super(problems);
        this.tokens = tokens;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(GuestOrderTokens.HEADER) == null || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || !(ORDER.matches(request) || BELOW_ORDER.matches(request));
    }

    @Override
    Optional<Caller> callerOf(HttpServletRequest request) {
        var match = ORDER.matches(request) ? ORDER.matcher(request) : BELOW_ORDER.matcher(request);
        return tokens.guestOf(match.getVariables().get("orderId"), request.getHeader(GuestOrderTokens.HEADER));
    }

    @Override
    String refusal() {
        return "The Order-Access-Token is not this order's: a guest order's token reaches that order only.";
    }
}
