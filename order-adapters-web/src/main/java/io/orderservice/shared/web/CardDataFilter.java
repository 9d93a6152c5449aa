package io.orderservice.shared.web;

import io.orderservice.shared.CardNumbers;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Card numbers never get in: a request body to the API that contains what looks like a payment card
 * number (wherever it is: a token field, an address line, a note) is refused with 422
 * {@code card-data-refused} before anything reads it, and neither the body nor the number is logged.
 * Customers pay with their gateway's tokens (docs/payments.md).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class CardDataFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CardDataFilter.class);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/") || request.getContentLengthLong() == 0
                || request.getMethod().equals("GET") || request.getMethod().equals("DELETE");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readAllBytes();
        if (CardNumbers.containsCardNumber(new String(body, StandardCharsets.UTF_8))) {
            log.warn("Refused a request to {} {}: its body contains what looks like a card number (not logged)",
                    request.getMethod(), request.getRequestURI());
            ProblemResponses.write(response, request, HttpStatus.UNPROCESSABLE_CONTENT, "card-data-refused", "Card data refused",
                    "The request contains what looks like a payment card number. Card numbers are never accepted: send the "
                            + "payment gateway's token instead.");
            return;
        }
        chain.doFilter(new BodyReadAgain(request, body), response);
    }
}
