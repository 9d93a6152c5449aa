package io.orderservice.ordering.application.placement;

import io.orderservice.ordering.application.placement.PlacementStore.Recorded;
import io.orderservice.shared.OrderId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Component;

/**
 * Lets a request that started a placement wait, in this process, for its saga to come to rest, and hands
 * it what was recorded then: the order, the saga, and the refusal a step produced (with its facts: the
 * shortages, the decline code), which the stored state keeps only as text. A saga resumed by another instance never signals here; its waiter stops waiting
 * after its patience and reads the stored state instead.
 */
@Component
class PlacementSettlements {

    /** A waiter that nobody collects (its request went away) is dropped after this long. */
    private static final Duration FORGOTTEN_AFTER = Duration.ofMinutes(10);

    private record Waiter(CompletableFuture<Recorded> settled, Instant since) {
    }

    private final Map<OrderId, Waiter> waiters = new ConcurrentHashMap<>();

    /** Call before the saga can run, so that its settlement cannot slip past. */
    void expect(OrderId orderId) {
        var now = Instant.now();
        waiters.values().removeIf(waiter -> waiter.since().plus(FORGOTTEN_AFTER).isBefore(now));
        waiters.put(orderId, new Waiter(new CompletableFuture<>(), now));
    }

    /** The order was not stored after all: nobody will settle it. */
    void forget(OrderId orderId) {
        waiters.remove(orderId);
    }

    /** The saga came to rest (after its transaction committed), as recorded: order, saga, the refusal if a step said no. */
    void settled(OrderId orderId, Recorded recorded) {
        var waiter = waiters.get(orderId);
        if (waiter != null) {
            waiter.settled().complete(recorded);
        }
    }

    /**
     * Waits up to {@code patience}; empty when nobody in this process expected the order or it did not
     * settle in time, otherwise what it settled with.
     */
    Optional<Recorded> await(OrderId orderId, Duration patience) throws InterruptedException {
        var waiter = waiters.get(orderId);
        if (waiter == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(waiter.settled().get(patience.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            waiters.remove(orderId, waiter);
        }
    }
}
