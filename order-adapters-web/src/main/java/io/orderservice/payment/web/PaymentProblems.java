package io.orderservice.payment.web;

import static io.orderservice.shared.web.ProblemTypes.problem;

import io.orderservice.payment.application.port.in.InvalidWebhookException;
import io.orderservice.payment.application.port.in.PaymentNotFoundException;
import io.orderservice.payment.application.port.in.ResumeParkedOperationsUseCase;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Payment's outcomes as problem responses. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PaymentProblems {

    @ExceptionHandler(InvalidWebhookException.class)
    ProblemDetail invalidWebhook(InvalidWebhookException ex) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-webhook", "Invalid webhook", ex.getMessage());
    }

    @ExceptionHandler(ResumeParkedOperationsUseCase.NothingParkedException.class)
    ProblemDetail nothingParked(ResumeParkedOperationsUseCase.NothingParkedException ex) {
        return problem(HttpStatus.CONFLICT, "nothing-parked", "No parked money operation", ex.getMessage());
    }

    @ExceptionHandler(PaymentNotFoundException.class)
    ProblemDetail notFound(PaymentNotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "payment-not-found", "Payment not found", ex.getMessage());
    }
}
