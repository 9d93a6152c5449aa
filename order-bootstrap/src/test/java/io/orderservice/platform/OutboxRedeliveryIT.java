package io.orderservice.platform;

import static io.orderservice.support.Http.orderJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderservice.ordering.domain.event.OrderPlaced;
import io.orderservice.support.Http;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * "An event committed is an event delivered": the service is stopped while a listener is still
 * handling a committed order's event, and a fresh start of the service on the same database delivers
 * it. Also: a listener that fails is retried until it succeeds.
 */
class OutboxRedeliveryIT {

    private static SharedTestDatabase database;

    @BeforeAll
    static void sharedDatabase() {
        // Holds the embedded server across the two lives of the application below.
        database = SharedTestDatabase.named("outbox_redelivery");
    }

    @AfterAll
    static void releaseDatabase() {
        database.close();
    }

    @Test
    void anEventWhoseDeliveryWasCutOffByAStopIsDeliveredAfterRestart() {
        String orderId;
        RecordingListener.blockDelivery = new CountDownLatch(1);
        try (var firstLife = start("PT1H")) {
            orderId = placeOrder(firstLife);
            await().atMost(Duration.ofSeconds(20)).until(() -> RecordingListener.inFlight.contains(orderId));
            // No "processing" mark before the listener runs (OutboxWithoutProcessingMark): the
            // publication is still plainly published while its listener works.
            assertThat(publicationStatusFor(orderId)).isEqualTo("PUBLISHED");
        } // stopped mid-delivery: the listener never completed
        RecordingListener.blockDelivery = null;
        assertThat(incompletePublicationsFor(orderId)).isEqualTo(1);
        assertThat(RecordingListener.delivered).doesNotContain(orderId);

        try (var secondLife = start("PT0.5S")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> RecordingListener.delivered.contains(orderId));
            await().atMost(Duration.ofSeconds(10)).until(() -> incompletePublicationsFor(orderId) == 0);
            assertThat(publicationStatusFor(orderId)).isEqualTo("COMPLETED");
        }
    }

    @Test
    void aFailingListenerIsRetriedUntilItSucceeds() {
        try (var app = start("PT0.5S")) {
            RecordingListener.failuresLeft.set(2);
            var orderId = placeOrder(app);

            await().atMost(Duration.ofSeconds(30)).until(() -> RecordingListener.delivered.contains(orderId));
            assertThat(RecordingListener.failuresLeft.get()).isZero();
            await().atMost(Duration.ofSeconds(10)).until(() -> incompletePublicationsFor(orderId) == 0);
        }
    }

    private static ConfigurableApplicationContext start(String resubmitEvery) {
        return database.startService(RecordingListener.class, resubmitEvery);
    }

    private static String placeOrder(ConfigurableApplicationContext app) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return new Http(port).postJson("/api/v1/orders", orderJson("customer-outbox", "EUR", """
                [{"sku": "MUG-CLASSIC", "quantity": 1}]""", "tok_approve")).json().get("id").asString();
    }

    private static int incompletePublicationsFor(String orderId) {
        return database()
                .sql("""
                        SELECT count(*) FROM event_publication
                        WHERE completion_date IS NULL AND listener_id LIKE '%RecordingListener%' AND serialized_event LIKE ?""")
                .param("%" + orderId + "%").query(Integer.class).single();
    }

    private static String publicationStatusFor(String orderId) {
        return database()
                .sql("SELECT status FROM event_publication WHERE listener_id LIKE '%RecordingListener%' AND serialized_event LIKE ?")
                .param("%" + orderId + "%").query(String.class).single();
    }

    private static JdbcClient database() {
        return database.client();
    }

    /** A listener of another capability, as the outbox sees it; it can be told to hang or to fail. */
    @TestConfiguration(proxyBeanMethods = false)
    static class RecordingListener {

        static volatile CountDownLatch blockDelivery;
        static final java.util.concurrent.atomic.AtomicInteger failuresLeft = new java.util.concurrent.atomic.AtomicInteger();
        static final Set<String> inFlight = ConcurrentHashMap.newKeySet();
        static final Set<String> delivered = ConcurrentHashMap.newKeySet();

        @Bean
        Recorder recorder() {
            return new Recorder();
        }

        static class Recorder {
            @ApplicationModuleListener
            void record(OrderPlaced event) throws InterruptedException {
                var orderId = event.orderId().toString();
                inFlight.add(orderId);
                var block = blockDelivery;
                if (block != null) {
                    block.await();
                }
                if (failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                    throw new IllegalStateException("listener failure for test");
                }
                delivered.add(orderId);
            }
        }
    }
}
