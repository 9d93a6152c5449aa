package io.orderservice.payment.messaging;

import io.orderservice.payment.application.port.in.ApplyPaymentNewsUseCase;
import io.orderservice.payment.application.port.in.PaymentNotFoundException;
import io.orderservice.shared.CardNumbers;
import io.orderservice.shared.messaging.NotYetKnownException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Subscribes to payment events (the seed's "subscribes to payment events for order confirmation and
 * failure handling") and applies them as payment news, once their signature is verified ({@link PaymentEventSignatures}):
 * exactly once per event id through the inbox,
 * in the transaction that applies them. A record that cannot be read goes to the dead-letter topic at
 * once; one that fails otherwise (e.g. its payment is not committed yet) is retried with backoff first
 * ({@link PaymentEventsConsumerConfiguration}). Offsets are committed after processing, so a crash
 * redelivers, and the inbox makes the redelivery harmless.
 */
@Component
@ConditionalOnBooleanProperty("order-service.messaging.payment-events.enabled")
class PaymentEventsConsumer {

    static final String SOURCE = "kafka:payment-events";
    private static final Logger log = LoggerFactory.getLogger(PaymentEventsConsumer.class);

    private final ApplyPaymentNewsUseCase news;
    private final PaymentEventSignatures signatures;
    private final JsonMapper json = JsonMapper.builder().build();

    PaymentEventsConsumer(ApplyPaymentNewsUseCase news, PaymentEventSignatures signatures) {
        this.news = news;
        this.signatures = signatures;
    }

    @KafkaListener(topics = "${order-service.messaging.payment-events.topic}",
            groupId = "${order-service.messaging.payment-events.group}",
            // Text in, whatever the service-wide consumer defaults say.
            properties = {"key.deserializer=org.apache.kafka.common.serialization.StringDeserializer",
                    "value.deserializer=org.apache.kafka.common.serialization.StringDeserializer"})
    void onPaymentEvent(ConsumerRecord<String, String> record) {
        if (CardNumbers.containsCardNumber(record.value())) {
            throw new UnreadablePaymentEventException("the record carries what looks like a card number");
        }
        signatures.verify(record.headers(), record.value());
        PaymentEventV1 event;
        try {
            event = json.readValue(record.value(), PaymentEventV1.class);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new UnreadablePaymentEventException("not a payment event: " + CardNumbers.redact(e.getMessage()));
        }
        if (event == null) {
            throw new UnreadablePaymentEventException("an empty record");
        }
        ApplyPaymentNewsUseCase.Outcome outcome;
        try {
            outcome = news.apply(SOURCE, event.toNews());
        } catch (PaymentNotFoundException unknown) {
            // Its authorisation may still be committing (a line change's re-authorisation): wait for it a while.
            throw new NotYetKnownException(unknown.getMessage(), unknown);
        }
        log.debug("Payment event {} ({}) at {}-{}@{}: {}", event.eventId(), event.type(), record.topic(), record.partition(),
                record.offset(), outcome);
    }
}
