package io.orderservice.cart.application.port.in;

/**
 * Looks after carts nobody touches (docs/carts.md, "Idle carts"): an open cart with something to buy, left alone for
 * {@code order-service.carts.abandoned-after}, is found abandoned ({@code cart.abandoned.v1}, once per idle spell); an
 * anonymous cart idle for {@code anonymous-expire-after} expires (its id reaches nothing any more); any cart unchanged
 * for {@code purge-after} is deleted. Runs every {@code sweep-every}, on every instance (each cart is written at its
 * version, so two sweeps find one abandoned cart once).
 */
public interface SweepIdleCartsUseCase {

    Swept sweep();

    /** How many carts were found abandoned, expired and purged. */
    record Swept(int abandoned, int expired, int purged) {
    }
}
