package io.orderservice.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No body larger than {@code order-service.input.max-body-size} is read: a declared length above it is refused at once,
 * a chunked one as soon as it passes the limit, both with 413 {@code body-too-large}. Runs first, so the filters that
 * must see a body (card data, idempotency keys) only ever hold a bounded one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestBodyLimit extends OncePerRequestFilter {

    private final int maxBytes;

    RequestBodyLimit(InputLimits limits) {
        this.maxBytes = (int) Math.min(Integer.MAX_VALUE - 1, limits.maxBodySize().toBytes());
    }

    /**
     * Forms (the token endpoint's) are the container's to read as parameters from the request itself, held to
     * {@code server.tomcat.max-http-form-post-size}.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var type = request.getContentType();
        return request.getContentLengthLong() == 0 || request.getMethod().equals("GET") || request.getMethod().equals("HEAD")
                || type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            refuse(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
            refuse(request, response);
            return;
        }
        chain.doFilter(new BodyReadAgain(request, body), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The rest of the body is not read; the connection is closed rather than drained.
        response.setHeader("Connection", "close");
        ProblemResponses.write(response, request, HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "Body too large",
                "The request body is larger than " + maxBytes + " bytes");
    }
}
