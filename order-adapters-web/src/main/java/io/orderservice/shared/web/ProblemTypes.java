package io.orderservice.shared.web;

import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problems with this service's problem types. Each type is listed, with what a client
 * should do about it, in docs/api.md.
 */
public final class ProblemTypes {

    public static final String PREFIX = "urn:order-service:problem:";

    private ProblemTypes() {
    }

    public static ProblemDetail problem(HttpStatusCode status, String type, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(PREFIX + type));
        problem.setTitle(title);
        return problem;
    }
}
