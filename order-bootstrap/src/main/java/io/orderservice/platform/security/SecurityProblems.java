package io.orderservice.platform.security;

import io.orderservice.shared.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;

/**
 * 401 and 403 as RFC 9457 problems, after Spring Security's bearer-token handlers have set the status and the
 * {@code WWW-Authenticate} challenge (RFC 6750).
 */
final class SecurityProblems {

    private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler insufficient = new BearerTokenAccessDeniedHandler();
    void unauthenticated(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        challenge.commence(request, response, failure);
        var detail = failure instanceof InvalidBearerTokenException
                ? "The bearer token is not valid: " + failure.getMessage()
                : failure instanceof BadCredentialsException ? failure.getMessage()
                : "This operation needs a bearer token (Authorization: Bearer ...); docs/security.md says how to get one.";
        write(request, response, "unauthenticated", "Authentication required", detail);
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) throws IOException {
        insufficient.handle(request, response, denied);
        write(request, response, "forbidden", "Not allowed",
                "The token's roles do not allow this operation (docs/security.md lists who may do what).");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, String type, String title, String detail)
            throws IOException {
        ProblemResponses.write(response, request, HttpStatusCode.valueOf(response.getStatus()), type, title, detail);
    }
}
