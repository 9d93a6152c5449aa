package io.orderservice.platform.security;

import io.orderservice.shared.web.CallerAuthentication;
import io.orderservice.shared.web.StreamTickets;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates the opening of an event stream by its {@code ?ticket=} ({@link StreamTickets}), for browsers whose
 * {@code EventSource} cannot send a bearer token. Only the stream operations take tickets; a ticket that is not
 * genuine, is for another stream, or has expired is 401, and nothing is streamed.
 */
final class StreamTicketFilter extends OncePerRequestFilter {

    /** The operations a stream ticket opens. */
    static final RequestMatcher STREAMS = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.GET, "/api/v1/orders/{orderId}/tracking/stream");

    private final StreamTickets tickets;
    private final SecurityProblems problems;

    StreamTicketFilter(StreamTickets tickets, SecurityProblems problems) {
        this.tickets = tickets;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getParameter("ticket") == null || !STREAMS.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var caller = tickets.verify(request.getParameter("ticket"), request.getRequestURI());
        if (caller.isEmpty()) {
            SecurityContextHolder.clearContext();
            problems.unauthenticated(request, response, new BadCredentialsException(
                    "The stream ticket is not valid for this stream or has expired: ask for a new one (POST …/tracking/stream-tickets)."));
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new CallerAuthentication(caller.get()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
