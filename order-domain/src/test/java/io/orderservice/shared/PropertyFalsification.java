package io.orderservice.shared;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * A property earns its place only if a mistake falsifies it: each property test runs its property once more against a
 * deliberately broken subject and expects QuickTheories to find a counterexample. A failing run prints the seed;
 * {@code -DQT_SEED=<seed>} repeats it.
 */
public final class PropertyFalsification {

    private PropertyFalsification() {
    }

    public static void assertFalsified(ThrowingCallable property) {
        assertThatThrownBy(property).isInstanceOf(AssertionError.class).hasMessageStartingWith("Property falsified");
    }
}
