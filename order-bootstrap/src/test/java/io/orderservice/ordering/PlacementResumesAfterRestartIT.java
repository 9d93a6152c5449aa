package io.orderservice.ordering;

import static io.orderservice.support.Http.orderJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderservice.ordering.application.port.out.Payments;
import io.orderservice.platform.SharedTestDatabase;
import io.orderservice.support.Http;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A placement survives the death of its process after each of its commits: the service is stopped where the request's
 * run stands (its first transaction committed: the order stored, screened, its stock reserved; or the gateway has
 * authorised and nothing recorded it yet), and a fresh start of the service on the same database takes the placement up
 * when its saga's deadline passes and finishes it — the stock reserved once, the payment authorised once, with the same
 * idempotency key.
 */
class PlacementResumesAfterRestartIT {

    private static SharedTestDatabase database;

    @BeforeAll
    static void sharedDatabase() {
        // Holds the embedded server across the two lives of the application below.
        database = SharedTestDatabase.named("placement_restart");
    }

    @AfterAll
    static void releaseDatabase() {
        database.close();
    }

    @AfterEach
    void noMoreCrashes() {
        CrashPoints.arm(null);
    }

    @Test
    void stoppedAfterTheFirstCommitBeforeTheGatewayWasAskedAFreshStartPaysOnceAndFinishes() {
        String orderId;
        CrashPoints.arm(CrashPoint.BEFORE_AUTHORISING);
        try (var firstLife = start("P1D")) {
            orderId = placeOrder(firstLife);
            CrashPoints.awaitReached();
            assertThat(sagaState(orderId)).isEqualTo("RUNNING AUTHORISE_PAYMENT");
            assertThat(reservations(orderId)).as("reserved in the request's transaction").isEqualTo(1);
        } // the process "dies" here: the gateway was never asked
        CrashPoints.disarm();
        assertThat(paymentStatus(orderId)).as("the payment intended with the order, never asked for").isEqualTo("PENDING");

        try (var secondLife = start("PT0.2S")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> orderStatus(orderId).equals("PAID"));
            assertThat(sagaState(orderId)).isEqualTo("COMPLETED");
            assertThat(reservations(orderId)).isEqualTo(1);
            assertThat(authorisations(orderId)).isEqualTo(1);
            assertThat(payments(orderId)).isEqualTo(1);
        }
    }

    @Test
    void stoppedAfterTheGatewayAuthorisedBeforeTheSagaRecordedItAFreshStartDoesNotChargeTwice() {
        String orderId;
        CrashPoints.arm(CrashPoint.AFTER_AUTHORISING);
        try (var firstLife = start("P1D")) {
            orderId = placeOrder(firstLife);
            CrashPoints.awaitReached();
        } // the money is held at the gateway; nothing here knows yet
        CrashPoints.disarm();
        assertThat(sagaState(orderId)).isEqualTo("RUNNING AUTHORISE_PAYMENT");
        assertThat(paymentStatus(orderId)).isEqualTo("PENDING");
        assertThat(authorisations(orderId)).isZero();

        try (var secondLife = start("PT0.2S")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> orderStatus(orderId).equals("PAID"));
            assertThat(sagaState(orderId)).isEqualTo("COMPLETED");
            assertThat(authorisations(orderId)).as("the same payment attempt, asked again").isEqualTo(1);
            assertThat(payments(orderId)).isEqualTo(1);
            assertThat(database().sql("""
                            SELECT t.idempotency_key = p.id || ':authorisation' FROM payment_transaction t
                            JOIN payment p ON p.id = t.payment_id WHERE p.order_id = ?::uuid AND t.kind = 'AUTHORISATION'""")
                    .param(orderId).query(Boolean.class).single()).as("with the key the first life asked with").isTrue();
            assertThat(reservations(orderId)).isEqualTo(1);
        }
    }

    // ---------------------------------------------------------------------------------------------

    /**
     * A life whose placements' deadlines pass 2 s after their work was dispatched (the default 60 s would make the test
     * wait that long), checked every {@code deadlineCheckEvery}: the first life never checks.
     */
    private static ConfigurableApplicationContext start(String deadlineCheckEvery) {
        return database.startService(CrashPoints.class, "P1D", "--order-service.placement.answer-within=PT0.5S",
                "--order-service.placement.step-timeout=PT2S", "--order-service.placement.first-backoff=PT0.2S",
                "--order-service.placement.deadline-check-every=" + deadlineCheckEvery);
    }

    private static String placeOrder(ConfigurableApplicationContext app) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        // Answers 202 (the saga is still working when the crash point holds it) or 201.
        var placed = new Http(port).postJson("/api/v1/orders", orderJson("customer-restart-" + UUID.randomUUID(), "EUR",
                "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_approve"));
        assertThat(placed.status()).isEqualTo(202);
        return placed.json().get("id").asString();
    }

    private static String orderStatus(String orderId) {
        return database().sql("SELECT status FROM orders WHERE id = ?::uuid").param(orderId).query(String.class).single();
    }

    private static String sagaState(String orderId) {
        return database().sql("SELECT status || coalesce(' ' || step, '') FROM placement_saga WHERE order_id = ?::uuid")
                .param(orderId).query(String.class).single();
    }

    private static int reservations(String orderId) {
        return database().sql("SELECT count(*) FROM stock_reservation WHERE order_id = ?::uuid AND status <> 'RELEASED'")
                .param(orderId).query(Integer.class).single();
    }

    private static int authorisations(String orderId) {
        return database().sql("""
                        SELECT count(*) FROM payment_transaction t JOIN payment p ON p.id = t.payment_id
                        WHERE p.order_id = ?::uuid AND t.kind = 'AUTHORISATION' AND t.succeeded""")
                .param(orderId).query(Integer.class).single();
    }

    private static String paymentStatus(String orderId) {
        return database().sql("SELECT status FROM payment WHERE order_id = ?::uuid").param(orderId).query(String.class).single();
    }

    private static int payments(String orderId) {
        return database().sql("SELECT count(*) FROM payment WHERE order_id = ?::uuid").param(orderId).query(Integer.class).single();
    }

    private static JdbcClient database() {
        return database.client();
    }

    enum CrashPoint { BEFORE_AUTHORISING, AFTER_AUTHORISING }

    /**
     * Where the first life "dies": the step's thread stops there until the application is gone (its open
     * transaction, if any, is aborted with the connection pool), and then ends with an error, so that
     * nothing after that point is ever recorded.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class CrashPoints {

        private static volatile CrashPoint armed;
        private static volatile CountDownLatch reached = new CountDownLatch(1);
        private static volatile CountDownLatch dead = new CountDownLatch(1);

        static void arm(CrashPoint point) {
            armed = point;
            reached = new CountDownLatch(1);
            dead = new CountDownLatch(1);
        }

        static void awaitReached() {
            await().atMost(Duration.ofSeconds(30)).until(() -> reached.getCount() == 0);
        }

        /** The first life is closed: let its stuck thread end, without doing anything more. */
        static void disarm() {
            armed = null;
            dead.countDown();
        }

        private static void dieHereIf(CrashPoint point) {
            if (armed != point) {
                return;
            }
            reached.countDown();
            boolean interrupted = false;
            while (dead.getCount() > 0) {
                try {
                    dead.await();
                } catch (InterruptedException e) {
                    interrupted = true; // a dying process does not tidy up: ignore the shutdown's interrupt
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            throw new ProcessDied();
        }

        @Bean
        static BeanPostProcessor crashPoints() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof Payments payments) {
                        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Payments.class},
                                (proxy, method, args) -> {
                                    // The request's run asks for the payment it intended in its first transaction.
                                    if (method.getName().equals("ask")) {
                                        dieHereIf(CrashPoint.BEFORE_AUTHORISING);
                                    }
                                    var result = invoke(payments, method, args);
                                    if (method.getName().equals("ask")) {
                                        dieHereIf(CrashPoint.AFTER_AUTHORISING);
                                    }
                                    return result;
                                });
                    }
                    return bean;
                }
            };
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    /** Thrown in the stuck thread once its application is gone: the step never finishes. */
    static final class ProcessDied extends Error {
        ProcessDied() {
            super("the process died here (test)");
        }
    }

}
