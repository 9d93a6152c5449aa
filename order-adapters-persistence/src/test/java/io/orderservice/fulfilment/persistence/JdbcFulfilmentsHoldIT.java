package io.orderservice.fulfilment.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.shared.OrderId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fulfilments are held per order until the holder's transaction ends: the next writer of the same order waits (so
 * timeline entries become visible in sequence order, and two shipments never both see the other not there), writers of
 * other orders do not.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(JdbcFulfilments.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class JdbcFulfilmentsHoldIT {

    @Autowired
    JdbcFulfilments fulfilments;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aHeldFulfilmentMakesTheNextWriterOfThatOrderWaitAndNoOther() throws Exception {
        var held = new OrderId(UUID.randomUUID());
        var other = new OrderId(UUID.randomUUID());
        var release = new CountDownLatch(1);
        var holding = new CountDownLatch(1);
        var holder = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            fulfilments.hold(List.of(held));
            holding.countDown();
            await(release);
        }));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

        transaction.executeWithoutResult(status -> fulfilments.hold(List.of(other)));
        var waiting = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> fulfilments.hold(List.of(other, held))));
        awaitWaitingLocks(1);
        assertThat(waiting).as("waits while the first holds the order's fulfilment").isNotDone();

        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
        waiting.get(10, TimeUnit.SECONDS);
    }

    private void awaitWaitingLocks(int count) throws InterruptedException {
        var until = Instant.now().plus(Duration.ofSeconds(10));
        while (jdbc.sql("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted").query(Long.class).single() < count) {
            assertThat(Instant.now()).as("a writer waits for the held fulfilment").isBefore(until);
            Thread.sleep(20);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
