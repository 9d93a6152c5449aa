package io.orderservice.cart.web;

import static io.orderservice.shared.web.ProblemTypes.problem;

import io.orderservice.cart.application.port.in.CartNotFoundException;
import io.orderservice.cart.application.port.in.CustomerHasCartException;
import io.orderservice.cart.application.port.in.StaleCartException;
import io.orderservice.cart.domain.CartClosedException;
import io.orderservice.cart.domain.CartLineNotFoundException;
import io.orderservice.cart.domain.CartNotReadyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The cart's refusals as problem responses (docs/api.md lists the types). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CartProblems {

    @ExceptionHandler(CartNotFoundException.class)
    ProblemDetail notFound(CartNotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "cart-not-found", "Cart not found", ex.getMessage());
    }

    @ExceptionHandler(CartLineNotFoundException.class)
    ProblemDetail lineNotFound(CartLineNotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "cart-line-not-found", "Cart line not found", ex.getMessage());
    }

    @ExceptionHandler(CartClosedException.class)
    ProblemDetail closed(CartClosedException ex) {
        var problem = problem(HttpStatus.CONFLICT, "cart-closed", "The cart does not change now", ex.getMessage());
        problem.setProperty("cartStatus", ex.status().name());
        return problem;
    }

    @ExceptionHandler(CartNotReadyException.class)
    ProblemDetail notReady(CartNotReadyException ex) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "cart-not-ready", "The cart cannot be checked out yet", ex.getMessage());
    }

    @ExceptionHandler(StaleCartException.class)
    ProblemDetail stale(StaleCartException ex) {
        var problem = problem(HttpStatus.PRECONDITION_FAILED, "precondition-failed", "The cart has changed", ex.getMessage());
        problem.setProperty("currentVersion", ex.currentVersion());
        return problem;
    }

    @ExceptionHandler(CustomerHasCartException.class)
    ProblemDetail customerHasCart(CustomerHasCartException ex) {
        return problem(HttpStatus.CONFLICT, "concurrent-modification", "Changed concurrently",
                "the customer's cart changed at the same moment; try again");
    }
}
