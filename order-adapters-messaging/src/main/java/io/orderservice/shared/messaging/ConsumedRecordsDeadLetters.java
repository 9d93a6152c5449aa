package io.orderservice.shared.messaging;

import io.orderservice.shared.CardNumbers;
import io.orderservice.shared.InvalidValueException;
import java.time.Duration;
import java.util.HashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Nothing the service consumes is lost silently: a record that cannot be processed (a payment event, a warehouse's
 * inventory event) ends on {@code <topic>.DLT}, same partition, with the reason in the {@code kafka_dlt-exception-*}
 * headers. Records the domain refuses ({@link InvalidValueException}: unreadable, unknown, invalid) go there at once;
 * records naming something not known yet ({@link NotYetKnownException}: a payment whose authorisation is still
 * committing) after retries with exponential backoff for {@code order-service.messaging.not-yet-known-retry-for}
 * (30 s; the partition waits meanwhile); others after retries with exponential backoff (200 ms, ×2, up to ~3 s in all). One handler for every listener
 * container (Spring Boot installs it), on whenever the service consumes a topic; each consumer creates its
 * dead-letter topic.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("${order-service.messaging.payment-events.enabled:false} or ${order-service.messaging.inventory-events.enabled:false}")
public class ConsumedRecordsDeadLetters {

    public static final String SUFFIX = ".DLT";

    @Bean
    DefaultErrorHandler consumedRecordsErrorHandler(KafkaConnectionDetails connection, KafkaProperties kafka,
            @Value("${order-service.messaging.not-yet-known-retry-for:30s}") Duration notYetKnownRetryFor) {
        // Its own producer, with text serializers: dead letters are the records as they came.
        var producer = new HashMap<>(kafka.buildProducerProperties());
        producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, connection.getProducer().getBootstrapServers());
        var deadLetters = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producer, new StringSerializer(),
                new StringSerializer()));
        var recoverer = new DeadLetterPublishingRecoverer(deadLetters,
                (record, failure) -> new TopicPartition(record.topic() + SUFFIX, record.partition())) {
            // A dead letter is kept for people to read: never with a card number in it.
            @Override
            protected ProducerRecord<Object, Object> createProducerRecord(ConsumerRecord<?, ?> record,
                    TopicPartition topicPartition, Headers headers, byte[] key, byte[] value) {
                var redacted = record.value() instanceof String text ? CardNumbers.redact(text) : record.value();
                return new ProducerRecord<>(topicPartition.topic(), topicPartition.partition(), record.key(), redacted, headers);
            }
        };
        var backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxElapsedTime(3_000);
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(InvalidValueException.class);
        handler.setBackOffFunction((record, failure) -> {
            if (!notYetKnown(failure)) {
                return null; // the default above
            }
            var waitForIt = new ExponentialBackOff(500, 2.0);
            waitForIt.setMaxInterval(5_000);
            waitForIt.setMaxElapsedTime(notYetKnownRetryFor.toMillis());
            return waitForIt;
        });
        return handler;
    }

    private static boolean notYetKnown(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof NotYetKnownException) {
                return true;
            }
        }
        return false;
    }
}
