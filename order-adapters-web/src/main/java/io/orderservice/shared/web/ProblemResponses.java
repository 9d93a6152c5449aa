package io.orderservice.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem straight to the response, for the filters that answer before Spring MVC does (body size,
 * card data, idempotency keys, rate limits, authentication). The path goes in as {@code instance}, JSON-escaped like
 * every other field: a path is input too.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static void write(HttpServletResponse response, HttpServletRequest request, HttpStatusCode status, String type,
                             String title, String detail) throws IOException {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", ProblemTypes.PREFIX + type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(JsonMapper.shared().writeValueAsBytes(problem));
    }
}
