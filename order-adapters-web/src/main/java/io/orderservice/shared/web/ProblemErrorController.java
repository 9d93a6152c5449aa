package io.orderservice.shared.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors the servlet container raises outside Spring MVC (a filter's {@code sendError}, a request the container itself
 * refused) as problems rather than Spring Boot's error JSON or a container page. The detail says only what kind of
 * error it was: a request that broke something is not echoed back.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping(path = "${server.error.path:/error}", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE,
            MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE})
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        var status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        if (status == null || !status.isError()) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        var problem = status.is5xxServerError()
                ? ProblemTypes.problem(status, "internal-error", "Internal error", "The service failed unexpectedly; the failure is logged")
                : ProblemDetail.forStatusAndDetail(status, status.is4xxClientError() && status != HttpStatus.NOT_FOUND
                        ? "The request could not be read: its URL, headers or body are malformed"
                        : status.getReasonPhrase());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
