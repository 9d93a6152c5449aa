package io.orderservice.payment.messaging;

import io.orderservice.shared.messaging.ConsumedRecordsDeadLetters;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The dead-letter topic of payment events, {@code <topic>.DLT} with as many partitions as the topic (the records keep
 * their partition there; {@link io.orderservice.shared.messaging.ConsumedRecordsDeadLetters}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("order-service.messaging.payment-events.enabled")
class PaymentEventsConsumerConfiguration {

    @Bean
    NewTopic paymentEventsDeadLetterTopic(@Value("${order-service.messaging.payment-events.topic}") String topic,
                                          @Value("${order-service.messaging.payment-events.partitions}") int partitions) {
        return TopicBuilder.name(topic + ConsumedRecordsDeadLetters.SUFFIX).partitions(partitions).build();
    }
}
