package io.orderservice.ordering.domain.saga;

/** An outcome that does not fit where the placement stands (e.g. a redelivered step's late answer). */
public class IllegalSagaStateException extends RuntimeException {

    public IllegalSagaStateException(String message) {
        super(message);
    }
}
