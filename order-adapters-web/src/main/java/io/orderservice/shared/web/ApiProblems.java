package io.orderservice.shared.web;

import static io.orderservice.shared.web.ProblemTypes.problem;

import io.orderservice.shared.AccessRefusedException;
import io.orderservice.shared.InvalidValueException;
import jakarta.validation.ConstraintViolationException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Problems every endpoint shares: malformed bodies, invalid fields, values the domain refuses, lost
 * races, and the unexpected. Spring's own web exceptions (405, 415, 404 for unknown paths, ...) already
 * become problem details through {@link ResponseEntityExceptionHandler}. Capability advices come first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    /** A field error: which field (JSON path, e.g. {@code lines[0].quantity}) and what is wrong with it. */
    record FieldError(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        var errors = new ArrayList<FieldError>();
        ex.getBindingResult().getFieldErrors().forEach(error ->
                errors.add(new FieldError(error.getField(), error.getDefaultMessage())));
        ex.getBindingResult().getGlobalErrors().forEach(error ->
                errors.add(new FieldError(error.getObjectName(), error.getDefaultMessage())));
        var body = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                errors.size() + " field(s) of the request are invalid");
        body.setProperty("errors", errors);
        return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (ex.getCause() instanceof RefusedInputException refused) {
            var body = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", "1 field(s) of the request are invalid");
            body.setProperty("errors", List.of(new FieldError(jsonPath(refused.getPath()), refused.getOriginalMessage())));
            return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
        }
        var body = problem(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body",
                "The body is not JSON of the documented shape");
        if (ex.getCause() instanceof DatabindException mismatch && !mismatch.getPath().isEmpty()) {
            body.setProperty("errors", List.of(new FieldError(jsonPath(mismatch.getPath()), "has the wrong type or format")));
        }
        return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        var errors = new ArrayList<FieldError>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(new FieldError(result.getMethodParameter().getParameterName(), error.getDefaultMessage()))));
        var body = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                errors.size() + " parameter(s) of the request are invalid");
        body.setProperty("errors", errors);
        return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        var body = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                "parameter '" + ex.getParameterName() + "' is required");
        body.setProperty("errors", List.of(new FieldError(ex.getParameterName(), "is required")));
        return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        var field = ex.getPropertyName() == null ? "value" : ex.getPropertyName();
        // The value is not echoed: it may be anything a client sent, at any length.
        var body = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", "the value is not a valid " + field);
        body.setProperty("errors", List.of(new FieldError(field, "has the wrong type or format")));
        return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(AccessRefusedException.class)
    ProblemDetail accessRefused(AccessRefusedException ex) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", ex.getMessage());
    }

    @ExceptionHandler(InvalidValueException.class)
    ProblemDetail invalidValue(InvalidValueException ex) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-value", "Value refused", ex.getMessage());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentModification(OptimisticLockingFailureException ex) {
        return problem(HttpStatus.CONFLICT, "concurrent-modification", "Changed concurrently",
                "Someone else changed this resource at the same time; read it again and retry");
    }

    /**
     * A parameter refused by method validation on a controller marked {@code @Validated} (which runs before Spring MVC's
     * own and throws Bean Validation's exception): the same 400 as Spring MVC's, naming the parameter.
     */
    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolated(ConstraintViolationException ex) {
        var errors = ex.getConstraintViolations().stream().map(violation -> {
            String field = null;
            for (var node : violation.getPropertyPath()) {
                field = node.getName();
            }
            return new FieldError(field, violation.getMessage());
        }).toList();
        var body = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                errors.size() + " parameter(s) of the request are invalid");
        body.setProperty("errors", errors);
        return body;
    }

    /** A parameter the firewall refuses when it is first read (a control character in its name or value). */
    @ExceptionHandler(RequestRejectedException.class)
    ProblemDetail rejected(RequestRejectedException ex) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                "A parameter of the request contains characters this service does not accept");
    }

    /**
     * What PostgreSQL refuses as data (SQLSTATE class 22: a value too long, out of range, not encodable) can only
     * come from input the checks before it let through: a 400, and the log says which check to tighten. Every other
     * data access failure is the service's own.
     */
    @ExceptionHandler(DataAccessException.class)
    ProblemDetail dataRefused(DataAccessException ex) {
        var cause = ex.getMostSpecificCause();
        if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
            log.warn("The database refused a value the input checks let through (SQLSTATE {}): {}", sql.getSQLState(),
                    sql.getMessage());
            return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                    "A value of the request cannot be stored (too long, out of range or not encodable)");
        }
        return unexpected(ex);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception ex) {
        log.error("Unexpected failure", ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The service failed unexpectedly; the failure is logged");
    }

    private static String jsonPath(List<JacksonException.Reference> path) {
        var field = new StringBuilder();
        for (var reference : path) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

}
