package io.orderservice.inventory.messaging;

import io.orderservice.shared.messaging.ConsumedRecordsDeadLetters;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The dead-letter topic of inventory events ({@link ConsumedRecordsDeadLetters}), as many partitions as the topic. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("order-service.messaging.inventory-events.enabled")
class StockEventsConsumerConfiguration {

    @Bean
    NewTopic inventoryEventsDeadLetterTopic(@Value("${order-service.messaging.inventory-events.topic:inventory-events}") String topic,
                                            @Value("${order-service.messaging.inventory-events.partitions:3}") int partitions) {
        return TopicBuilder.name(topic + ConsumedRecordsDeadLetters.SUFFIX).partitions(partitions).build();
    }
}
