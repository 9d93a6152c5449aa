package io.orderservice.payment.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.payment.application.port.out.PaymentInProgressException;
import io.orderservice.payment.domain.Payment;
import io.orderservice.payment.domain.PaymentId;
import io.orderservice.payment.domain.PaymentStatus;
import io.orderservice.payment.domain.TransactionKind;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentToken;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Payments on PostgreSQL: round trip, one live payment per order under concurrency, and the table's own guards. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({PaymentPersistenceAdapter.class, PaymentEntityMapperImpl.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class PaymentPersistenceAdapterIT {

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Autowired
    PaymentPersistenceAdapter payments;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPaymentAndItsTransactionsComeBackAsTheyWere() {
        var payment = pending(OrderId.newId());
        transaction.executeWithoutResult(status -> {
            payments.insert(payment);
            payment.authorised("auth_1", NOW);
            payment.captured(Money.of(5_000, "EUR"), "cap_1", NOW);
            payment.refunded(Money.of(1_000, "EUR"), "re_1", payment.id() + ":refund:r1", NOW);
            payments.update(payment);
        });

        var read = transaction.execute(status -> payments.lockById(payment.id()).orElseThrow());

        assertThat(read.status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(read.capturedAmount()).isEqualTo(Money.of(5_000, "EUR"));
        assertThat(read.refundedAmount()).isEqualTo(Money.of(1_000, "EUR"));
        assertThat(read.transactions()).isEqualTo(payment.transactions());
        assertThat(read.authorisationReference()).isEqualTo("auth_1");
        assertThat(read.version()).isNotNull();
    }

    @Test
    void theLatestPaymentOfAnOrderIsTheOneThatCounts() {
        var order = OrderId.newId();
        var declined = pending(order);
        transaction.executeWithoutResult(status -> {
            payments.insert(declined);
            declined.declined("card_declined", "declined", NOW);
            payments.update(declined);
        });
        var retried = Payment.start(PaymentId.newId(), order, new CustomerId("c-1"), Money.of(5_000, "EUR"),
                PaymentMethodType.CARD, new PaymentToken("tok_approve"), "sandbox", NOW.plusSeconds(1));
        transaction.executeWithoutResult(status -> payments.insert(retried));

        assertThat(transaction.execute(status -> payments.lockLatestForOrder(order)).orElseThrow().id())
                .isEqualTo(retried.id());
    }

    @Test
    void twoConcurrentAttemptsForOneOrderLeaveOneLivePayment() throws Exception {
        var order = OrderId.newId();
        var firstInserted = new CountDownLatch(1);
        var releaseFirst = new CountDownLatch(1);
        var executor = Executors.newSingleThreadExecutor();
        try {
            // The first attempt holds its uncommitted row (as while it waits for its gateway)...
            var first = executor.submit(() -> transaction.executeWithoutResult(status -> {
                payments.insert(pending(order));
                firstInserted.countDown();
                await(releaseFirst);
            }));
            assertThat(firstInserted.await(10, TimeUnit.SECONDS)).isTrue();
            // ...the second waits for it at the unique index, and is refused once the first commits.
            var second = Executors.newSingleThreadExecutor().submit(() ->
                    transaction.executeWithoutResult(status -> payments.insert(pending(order))));
            Thread.sleep(300);
            assertThat(second.isDone()).as("the second attempt waits for the first").isFalse();
            releaseFirst.countDown();
            first.get(10, TimeUnit.SECONDS);

            assertThatThrownBy(() -> second.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(PaymentInProgressException.class);
            assertThat(jdbc.sql("SELECT count(*) FROM payment WHERE order_id = ?").param(order.value())
                    .query(Integer.class).single()).isEqualTo(1);
        } finally {
            releaseFirst.countDown();
            executor.shutdownNow();
        }
    }

    @Test
    void anIdempotencyKeySucceedsOnceInTheTable() {
        var payment = pending(OrderId.newId());
        transaction.executeWithoutResult(status -> {
            payments.insert(payment);
            payment.authorised("auth_1", NOW);
            payments.update(payment);
        });

        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO payment_transaction (id, payment_id, position, kind, amount_minor, succeeded,
                          idempotency_key, occurred_at)
                        VALUES (nextval('payment_transaction_seq'), ?, 99, 'AUTHORISATION', 5000, true, ?, now())""")
                .params(payment.id().value(), payment.authorisationKey()).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("payment_transaction_succeeded_once");
        assertThat(payment.transactions()).extracting(t -> t.kind()).containsExactly(TransactionKind.AUTHORISATION);
    }

    @Test
    void theTableRefusesCardNumbersAndRefundsBeyondTheCapture() {
        var payment = pending(OrderId.newId());
        transaction.executeWithoutResult(status -> payments.insert(payment));

        assertThatThrownBy(() -> jdbc.sql("UPDATE payment SET token = 'tok_4242424242424242' WHERE id = ?")
                .param(payment.id().value()).update()).hasMessageContaining("payment_token_not_card_number");
        assertThatThrownBy(() -> jdbc.sql("UPDATE payment SET refunded_minor = 1 WHERE id = ?")
                .param(payment.id().value()).update()).hasMessageContaining("payment_refunded_within_captured");
    }

    private static Payment pending(OrderId order) {
        return Payment.start(PaymentId.newId(), order, new CustomerId("c-1"), Money.of(5_000, "EUR"), PaymentMethodType.CARD,
                new PaymentToken("tok_approve"), "sandbox", NOW);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
