package io.orderservice.platform.security;

import io.orderservice.shared.Caller;
import io.orderservice.shared.web.StreamTickets;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Authenticates the opening of an event stream by its {@code ?ticket=} ({@link StreamTickets}), for browsers whose
 * {@code EventSource} cannot send a bearer token. Only the stream operations take tickets; a ticket that is not
 * genuine, is for another stream, or has expired is 401, and nothing is streamed.
 */
final class StreamTicketFilter extends CallerCredentialFilter {

    /** The operations a stream ticket opens. */
    static final RequestMatcher STREAMS = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/v1/orders/{orderId}/tracking/stream"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/v1/carts/{cartId}/stream"));

    private final StreamTickets tickets;

    StreamTicketFilter(StreamTickets tickets, SecurityProblems problems) {
        super(problems);
        this.tickets = tickets;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getParameter("ticket") == null || !STREAMS.matches(request);
    }

    @Override
    Optional<Caller> callerOf(HttpServletRequest request) {
        return tickets.verify(request.getParameter("ticket"), request.getRequestURI());
    }

    @Override
    String refusal() {
        return "The stream ticket is not valid for this stream or has expired: ask for a new one (POST …/stream-tickets).";
    }
}
