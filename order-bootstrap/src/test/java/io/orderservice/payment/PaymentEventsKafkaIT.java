package io.orderservice.payment;

import static io.orderservice.support.Http.orderJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderservice.payment.domain.PaymentId;
import io.orderservice.payment.messaging.PaymentEventSignaturesAccess;
import io.orderservice.shared.OrderId;
import io.orderservice.support.Http;
import io.orderservice.support.KafkaRecords;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.TestPropertySource;

/**
 * Payment events from a real (embedded) broker: applied once per event id whatever the redeliveries,
 * the order follows, and a record that cannot be processed lands on the dead-letter topic with the reason.
 */
@OrderServiceIntegrationTest
@EmbeddedKafka(topics = "payment-events", partitions = 2)
@TestPropertySource(properties = {
        "order-service.messaging.payment-events.enabled=true",
        "order-service.messaging.payment-events.partitions=2",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.kafka.consumer.auto-offset-reset=earliest"})
class PaymentEventsKafkaIT {

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRedeliveredAuthorisationIsAppliedOnceAndTheOrderIsPaid() {
        var orderId = placeAwaitingPayment();
        var paymentId = paymentOf(orderId);
        var authorised = event("evt-" + UUID.randomUUID(), "payment.authorised", paymentId, "\"gatewayReference\":\"sbx_late_1\"");

        send(paymentId, authorised);
        send(paymentId, authorised);
        send(paymentId, authorised);
        // A record the consumer cannot read, behind the three on the same partition: once it is dead-lettered,
        // the three before it have been processed.
        var marker = "not json " + UUID.randomUUID();
        send(paymentId, marker);
        assertThat(deadLetter(marker).value()).isEqualTo(marker);

        assertThat(jdbc.sql("SELECT status FROM orders WHERE id = ?::uuid").param(orderId).query(String.class).single())
                .isEqualTo("PAID");
        assertThat(jdbc.sql("SELECT count(*) FROM order_status_history WHERE order_id = ?::uuid AND to_status = 'PAID'")
                .param(orderId).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM payment_transaction WHERE payment_id = ?::uuid AND kind = 'AUTHORISATION' AND succeeded""")
                .param(paymentId).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anUnprocessableEventIsDeadLetteredWithTheReason() {
        var unknownPayment = UUID.randomUUID().toString();
        var event = event("evt-" + UUID.randomUUID(), "payment.captured", unknownPayment,
                "\"gatewayReference\":\"ch_1\",\"amount\":100,\"currency\":\"EUR\"");

        send(unknownPayment, event);

        var dead = deadLetter(event);
        assertThat(header(dead, "kafka_dlt-exception-message")).contains("no payment " + unknownPayment);
        assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo("payment-events");
        var eventId = event.replaceAll(".*\"eventId\":\"([^\"]+)\".*", "$1");
        assertThat(jdbc.sql("SELECT count(*) FROM inbox_message WHERE message_id = ?").param(eventId)
                .query(Integer.class).single()).as("a failed message is not marked processed").isZero();
    }

    @Test
    void anEventThatOvertakesItsAuthorisationWaitsForItInsteadOfBeingDeadLettered() throws InterruptedException {
        var http = new Http(port);
        var placed = http.postJson("/api/v1/orders", orderJson("customer-payment-events", "EUR",
                "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_decline"));
        assertThat(placed.status()).isEqualTo(402);
        var orderId = placed.json().get("orderId").asString();
        var secondAttempt = PaymentId.forAttempt(OrderId.of(orderId), 2).toString();

        // The gateway's event for the customer's second attempt arrives before that attempt is recorded ...
        send(secondAttempt, event("evt-" + UUID.randomUUID(), "payment.authorised", secondAttempt,
                "\"gatewayReference\":\"sbx_early_1\""));
        Thread.sleep(4_000); // longer than the ~3 s that other failures are retried for
        // ... which happens now: the customer pays again and is asked to confirm.
        var retried = http.postJson("/api/v1/orders/" + orderId + "/payment", "{\"paymentToken\": \"tok_requires_action\"}");
        assertThat(retried.status()).as(retried.body()).isIn(200, 201, 202);

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT status FROM payment WHERE id = ?::uuid")
                .param(secondAttempt).query(String.class).optional().orElse("").equals("AUTHORISED"));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT status FROM orders WHERE id = ?::uuid")
                .param(orderId).query(String.class).single().equals("PAID"));
    }

    @Test
    void aRecordWithoutTheProducersSignatureMovesNoPaymentAndIsDeadLettered() {
        var orderId = placeAwaitingPayment();
        var paymentId = paymentOf(orderId);
        var unsigned = event("evt-" + UUID.randomUUID(), "payment.authorised", paymentId, "\"gatewayReference\":\"forged_1\"");
        var forged = event("evt-" + UUID.randomUUID(), "payment.authorised", paymentId, "\"gatewayReference\":\"forged_2\"");

        KafkaRecords.publish(broker, "payment-events", paymentId, unsigned);
        KafkaRecords.publish(broker, "payment-events", paymentId, forged,
                Map.of("payment-event-signature", PaymentEventSignaturesAccess.sign("a guessed secret", forged)));

        assertThat(header(deadLetter(unsigned), "kafka_dlt-exception-message")).contains("no payment-event-signature header");
        assertThat(header(deadLetter(forged), "kafka_dlt-exception-message")).contains("does not match");
        assertThat(jdbc.sql("SELECT status FROM payment WHERE id = ?::uuid").param(paymentId).query(String.class).single())
                .isEqualTo("REQUIRES_ACTION");
        assertThat(jdbc.sql("SELECT status FROM orders WHERE id = ?::uuid").param(orderId).query(String.class).single())
                .isEqualTo("AWAITING_PAYMENT");
    }

    @Test
    void aDeclineArrivingLaterFailsTheWaitingOrder() {
        var orderId = placeAwaitingPayment();
        var paymentId = paymentOf(orderId);

        send(paymentId, event("evt-" + UUID.randomUUID(), "payment.declined", paymentId, "\"detail\":\"authentication_failed\""));

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT status FROM orders WHERE id = ?::uuid")
                .param(orderId).query(String.class).single().equals("PAYMENT_FAILED"));
        assertThat(jdbc.sql("SELECT status FROM payment WHERE id = ?::uuid").param(paymentId).query(String.class).single())
                .isEqualTo("DECLINED");
    }

    private String placeAwaitingPayment() {
        var placed = new Http(port).postJson("/api/v1/orders", orderJson("customer-payment-events", "EUR",
                "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_requires_action"));
        assertThat(placed.json().get("status").asString()).isEqualTo("AWAITING_PAYMENT");
        return placed.json().get("id").asString();
    }

    private String paymentOf(String orderId) {
        return jdbc.sql("SELECT id FROM payment WHERE order_id = ?::uuid").param(orderId).query(String.class).single();
    }

    private static String event(String id, String type, String paymentId, String fields) {
        return """
                {"eventId":"%s","type":"%s","gateway":"sandbox","paymentId":"%s","occurredAt":"%s",%s}"""
                .formatted(id, type, paymentId, Instant.now(), fields);
    }

    /** As the payment service does: signed with the secret shared with this service. */
    private void send(String key, String value) {
        KafkaRecords.publish(broker, "payment-events", key, value,
                Map.of("payment-event-signature", PaymentEventSignaturesAccess.sign("whsec_test_payment_events", value)));
    }

    private ConsumerRecord<String, String> deadLetter(String value) {
        var properties = KafkaTestUtils.consumerProps(broker, "dlt-" + UUID.randomUUID(), false);
        properties.put("auto.offset.reset", "earliest");
        try (Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<>(properties, new StringDeserializer(),
                new StringDeserializer()).createConsumer()) {
            consumer.subscribe(List.of("payment-events.DLT"));
            var deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if (value.equals(record.value())) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no dead letter " + value);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return KafkaRecords.header(record, name);
    }
}
