package io.orderservice.ordering.web;

import static io.orderservice.shared.web.ProblemTypes.problem;

import io.orderservice.ordering.application.port.in.CaptureRefusedException;
import io.orderservice.ordering.application.port.in.LineNotFoundException;
import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.OrderPlacementRefusedException;
import io.orderservice.ordering.application.port.in.PaymentRetryRefusedException;
import io.orderservice.ordering.application.port.in.PaymentUnavailableException;
import io.orderservice.ordering.application.port.in.StaleOrderException;
import io.orderservice.ordering.domain.IllegalOrderTransitionException;
import io.orderservice.ordering.domain.OrderAwaitsReturnException;
import io.orderservice.ordering.domain.RefundRefusedException;
import io.orderservice.ordering.domain.saga.IllegalSagaStateException;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Ordering's outcomes as problem responses. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrderProblems {

    @ExceptionHandler(OrderNotFoundException.class)
    ProblemDetail notFound(OrderNotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "order-not-found", "Order not found", ex.getMessage());
    }

    @ExceptionHandler(OrderPlacementRefusedException.class)
    ResponseEntity<ProblemDetail> placementRefused(OrderPlacementRefusedException ex) {
        var problem = switch (ex.reason()) {
            case UNDELIVERABLE_ADDRESS -> problem(HttpStatus.UNPROCESSABLE_CONTENT, "undeliverable-address",
                    "Undeliverable address", ex.getMessage());
            case UNKNOWN_SKU -> problem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-sku", "Unknown SKU", ex.getMessage());
            case INSUFFICIENT_STOCK -> problem(HttpStatus.CONFLICT, "insufficient-stock", "Insufficient stock", ex.getMessage());
            case PAYMENT_DECLINED -> problem(HttpStatus.PAYMENT_REQUIRED, "payment-declined", "Payment declined", ex.getMessage());
            case NOT_SHIPPABLE -> problem(HttpStatus.UNPROCESSABLE_CONTENT, "not-shippable", "Cannot ship there", ex.getMessage());
            case REJECTED -> problem(HttpStatus.UNPROCESSABLE_CONTENT, "order-rejected", "Order not accepted", ex.getMessage());
            case PROMO_CODE_NOT_APPLICABLE -> problem(HttpStatus.UNPROCESSABLE_CONTENT, "promo-code-not-applicable",
                    "Promo code not applicable", ex.getMessage());
            case PROMO_CODE_USED_UP -> problem(HttpStatus.CONFLICT, "promo-code-used-up", "Promo code used up", ex.getMessage());
            case PRICE_CHANGED -> problem(HttpStatus.CONFLICT, "price-changed", "The price has changed", ex.getMessage());
            case PAYMENT_PROVIDER_NOT_OFFERED -> problem(HttpStatus.UNPROCESSABLE_CONTENT, "payment-provider-not-offered",
                    "Payment provider not offered", ex.getMessage());
        };
        ex.facts().forEach(problem::setProperty);
        var response = ResponseEntity.status(problem.getStatus());
        if (ex.facts().get("orderId") instanceof String orderId) {
            // The refusal left an order behind (rejected, or waiting for another payment method): name it.
            response.location(URI.create("/api/v1/orders/" + orderId));
        }
        return response.body(problem);
    }

    @ExceptionHandler(PaymentRetryRefusedException.class)
    ProblemDetail paymentRetryRefused(PaymentRetryRefusedException ex) {
        return problem(HttpStatus.CONFLICT, "payment-retry-refused", "Payment retry not possible", ex.getMessage());
    }

    @ExceptionHandler(StaleOrderException.class)
    ProblemDetail stale(StaleOrderException ex) {
        var problem = problem(HttpStatus.PRECONDITION_FAILED, "precondition-failed", "The order has changed", ex.getMessage());
        problem.setProperty("currentVersion", ex.currentVersion());
        return problem;
    }

    @ExceptionHandler(OrderAwaitsReturnException.class)
    ProblemDetail awaitsReturn(OrderAwaitsReturnException ex) {
        var problem = problem(HttpStatus.CONFLICT, "awaits-return", "Waits for the return it replaces", ex.getMessage());
        problem.setProperty("returnId", ex.returnId());
        return problem;
    }

    @ExceptionHandler(IllegalSagaStateException.class)
    ProblemDetail placementConflict(IllegalSagaStateException ex) {
        return problem(HttpStatus.CONFLICT, "placement-conflict", "Not possible where the placement stands", ex.getMessage());
    }

    @ExceptionHandler(RefundController.RefundNotFoundException.class)
    ProblemDetail refundNotFound(RefundController.RefundNotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "refund-not-found", "Refund not found", ex.getMessage());
    }

    @ExceptionHandler(LineNotFoundException.class)
    ProblemDetail lineNotFound(LineNotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "line-not-found", "Line not found", ex.getMessage());
    }

    @ExceptionHandler(PaymentUnavailableException.class)
    ResponseEntity<ProblemDetail> paymentUnavailable(PaymentUnavailableException ex) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "payment-unavailable", "Payment gateway unavailable", ex.getMessage()));
    }

    @ExceptionHandler(RefundRefusedException.class)
    ProblemDetail refundRefused(RefundRefusedException ex) {
        var problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "refund-refused", "Refund not possible", ex.getMessage());
        problem.setProperty("refundable", OrderResponse.MoneyResponse.from(ex.refundable()));
        return problem;
    }

    @ExceptionHandler(CaptureRefusedException.class)
    ProblemDetail captureRefused(CaptureRefusedException ex) {
        return problem(HttpStatus.CONFLICT, "capture-refused", "The money could not be taken; nothing left", ex.getMessage());
    }

    @ExceptionHandler(IllegalOrderTransitionException.class)
    ProblemDetail illegalTransition(IllegalOrderTransitionException ex) {
        var problem = problem(HttpStatus.CONFLICT, "illegal-transition", "Not allowed in the order's status", ex.getMessage());
        problem.setProperty("currentStatus", ex.status());
        problem.setProperty("allowedActions", ex.allowedActions());
        return problem;
    }
}
