package io.orderservice.ordering.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.ordering.domain.saga.Checkout;
import io.orderservice.ordering.domain.saga.PlacementSaga.Compensation;
import io.orderservice.ordering.domain.saga.PlacementSaga.Status;
import io.orderservice.ordering.domain.saga.PlacementSaga.Step;
import io.orderservice.ordering.domain.saga.PlacementSaga;
import io.orderservice.ordering.domain.saga.SagaPolicy;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentProvider;
import io.orderservice.shared.PaymentToken;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Placement sagas on PostgreSQL: round trip, optimistic updates, due work shared between instances, the operator's list. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(PlacementSagaJdbcAdapter.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class PlacementSagaJdbcAdapterIT {

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
    static final SagaPolicy POLICY = new SagaPolicy(2, Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofMinutes(30));
    static final Checkout CHECKOUT = new Checkout(PaymentMethodType.WALLET, new PaymentToken("tok_approve"),
            new PaymentProvider("sandbox"), "FR", "198.51.100.7");

    @Autowired
    PlacementSagaJdbcAdapter sagas;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aSagaComesBackAsItWasStored() {
        var order = order();
        var saga = PlacementSaga.start(order, CHECKOUT, NOW, POLICY);
        saga.stepSucceeded(Step.SCREEN, NOW, POLICY);
        saga.stepSucceeded(Step.RESERVE_STOCK, NOW, POLICY);
        saga.stepSucceeded(Step.AUTHORISE_PAYMENT, NOW, POLICY);
        transaction.executeWithoutResult(status -> sagas.insert(saga));

        var read = transaction.execute(status -> sagas.lock(order).orElseThrow());

        assertThat(read.status()).isEqualTo(Status.RUNNING);
        assertThat(read.step()).contains(Step.CONFIRM);
        assertThat(read.pendingCompensations()).containsExactly(Compensation.VOID_PAYMENT, Compensation.RELEASE_STOCK);
        assertThat(read.isDispatched()).isTrue();
        assertThat(read.nextAttemptAt()).contains(NOW.plusSeconds(10));
        assertThat(read.checkout()).isEqualTo(CHECKOUT);
        assertThat(read.paymentAttempt()).isEqualTo(1);
        assertThat(read.version()).isZero();
    }

    @Test
    void aStaleUpdateIsRefused() {
        var order = order();
        transaction.executeWithoutResult(status -> sagas.insert(PlacementSaga.start(order, CHECKOUT, NOW, POLICY)));
        var first = transaction.execute(status -> sagas.lock(order).orElseThrow());
        var second = transaction.execute(status -> sagas.lock(order).orElseThrow());

        first.stepSucceeded(Step.SCREEN, NOW, POLICY);
        transaction.executeWithoutResult(status -> sagas.update(first));
        second.attemptFailed("timeout", NOW, POLICY);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> sagas.update(second)))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void twoInstancesNeverTakeTheSameDueSaga() throws Exception {
        jdbc.sql("UPDATE placement_saga SET next_attempt_at = NULL, dispatched = false WHERE next_attempt_at IS NOT NULL").update();
        var due = new OrderId[] {order(), order()};
        for (var order : due) {
            transaction.executeWithoutResult(status -> sagas.insert(PlacementSaga.start(order, CHECKOUT, NOW.minusSeconds(15), POLICY)));
        }
        var firstTook = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var executor = Executors.newSingleThreadExecutor();
        try {
            var first = executor.submit(() -> transaction.execute(status -> {
                var taken = sagas.lockDue(NOW, 1);
                firstTook.countDown();
                await(release);
                return taken;
            }));
            assertThat(firstTook.await(10, TimeUnit.SECONDS)).isTrue();
            var second = transaction.execute(status -> sagas.lockDue(NOW, 5));
            release.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).hasSize(1);
            assertThat(second).hasSize(1);
            assertThat(second.get(0).orderId()).isNotEqualTo(first.get().get(0).orderId());
        } finally {
            release.countDown();
            executor.shutdownNow();
        }
    }

    @Test
    void parkedSagasAreWhatTheOperatorSees() {
        var order = order();
        var saga = PlacementSaga.start(order, CHECKOUT, NOW, POLICY);
        saga.attemptFailed("fraud service down", NOW, POLICY);
        saga.attemptFailed("fraud service down", NOW, POLICY);
        transaction.executeWithoutResult(status -> sagas.insert(saga));

        assertThat(sagas.stuck(NOW, Duration.ofMinutes(5))).anySatisfy(stuck -> {
            assertThat(stuck.orderId()).isEqualTo(order);
            assertThat(stuck.status()).isEqualTo(Status.PARKED);
            assertThat(stuck.failureReason()).isEqualTo("fraud service down");
            assertThat(stuck.attempts()).isEqualTo(2);
            assertThat(stuck.work()).isEqualTo("SCREEN");
        });
        assertThat(sagas.countParked()).isPositive();
    }

    @Test
    void aSagaNeedsItsOrderByTheEndOfTheTransaction() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status ->
                sagas.insert(PlacementSaga.start(OrderId.newId(), CHECKOUT, NOW, POLICY))))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private OrderId order() {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO orders (id, customer_id, status, currency, subtotal_minor, discount_minor, tax_minor,
                          shipping_minor, grand_total_minor, ship_to_recipient, ship_to_line1, ship_to_city,
                          ship_to_postal_code, ship_to_country, placed_at, updated_at, version)
                        VALUES (?, 'saga-it', 'AWAITING_PAYMENT', 'EUR', 1000, 0, 0, 0, 1000, 'Ada', '1 Way', 'London',
                          'N1 9GU', 'GB', ?, ?, 0)""")
                .params(id, Timestamp.from(NOW), Timestamp.from(NOW)).update();
        return new OrderId(id);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
