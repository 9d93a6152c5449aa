package io.orderservice.platform.security;

import io.orderservice.shared.Caller;
import io.orderservice.shared.web.CallerAuthentication;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A credential other than a bearer token that names its caller (a stream ticket, a guest order's access token): the
 * request goes on as that caller, or is refused with 401 and nothing runs.
 */
abstract class CallerCredentialFilter extends OncePerRequestFilter {

    private final SecurityProblems problems;

    CallerCredentialFilter(SecurityProblems problems) {
        this.problems = problems;
    }

    /** The caller the request's credential names, if the credential holds for this request. */
    abstract Optional<Caller> callerOf(HttpServletRequest request);

    /** Why a credential that does not hold is refused, for the problem's detail. */
    abstract String refusal();

    @Override
    protected final void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var caller = callerOf(request);
        if (caller.isEmpty()) {
            SecurityContextHolder.clearContext();
            problems.unauthenticated(request, response, new BadCredentialsException(refusal()));
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new CallerAuthentication(caller.get()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
