package io.orderservice.ordering.application.port.in;

import io.orderservice.shared.OrderId;

/** The caller changed an order it read at an older version (a stale If-Match): nothing changed; read it again. */
public class StaleOrderException extends RuntimeException {

    private final long currentVersion;

    public StaleOrderException(OrderId orderId, long expectedVersion, long currentVersion) {
        super("order " + orderId + " is at version " + currentVersion + ", not " + expectedVersion + ": read it again");
        this.currentVersion = currentVersion;
    }

    /** @throws StaleOrderException when {@code expectedVersion} is given and the order is at another version */
    public static void refuseUnlessAt(Long expectedVersion, OrderId orderId, long currentVersion) {
        if (expectedVersion != null && expectedVersion != currentVersion) {
            throw new StaleOrderException(orderId, expectedVersion, currentVersion);
        }
    }

    public long currentVersion() {
        return currentVersion;
    }
}
