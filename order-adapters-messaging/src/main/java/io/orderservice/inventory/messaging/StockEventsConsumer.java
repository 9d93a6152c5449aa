package io.orderservice.inventory.messaging;

import io.orderservice.inventory.application.port.in.FollowStockFeedUseCase;
import io.orderservice.shared.InvalidValueException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Subscribes to a warehouse system's inventory events and applies each once (the inbox, by event id), in the
 * transaction that changes the stock. Offsets are committed after processing, so a crash redelivers and the inbox
 * makes the redelivery harmless. A record that is not an inventory event goes to {@code inventory-events.DLT} at once,
 * one that fails otherwise after retries ({@link io.orderservice.shared.messaging.ConsumedRecordsDeadLetters}).
 */
@Component
@ConditionalOnBooleanProperty("order-service.messaging.inventory-events.enabled")
class StockEventsConsumer {

    static final String SOURCE = "kafka:inventory-events";
    private static final Logger log = LoggerFactory.getLogger(StockEventsConsumer.class);

    private final FollowStockFeedUseCase feed;
    private final JsonMapper json = JsonMapper.builder().build();

    StockEventsConsumer(FollowStockFeedUseCase feed) {
        this.feed = feed;
    }

    @KafkaListener(topics = "${order-service.messaging.inventory-events.topic:inventory-events}",
            groupId = "${order-service.messaging.inventory-events.group:order-service}",
            properties = {"key.deserializer=org.apache.kafka.common.serialization.StringDeserializer",
                    "value.deserializer=org.apache.kafka.common.serialization.StringDeserializer"})
    void onStockEvent(ConsumerRecord<String, String> record) {
        StockEventV1 event;
        try {
            event = json.readValue(record.value(), StockEventV1.class);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new InvalidValueException("not an inventory event: " + e.getMessage());
        }
        if (event == null) {
            throw new InvalidValueException("an empty record");
        }
        boolean applied = feed.apply(SOURCE, event.eventId(), event.toStockEvent());
        log.debug("Inventory event {} ({}) at {}-{}@{}: {}", event.eventId(), event.type(), record.topic(), record.partition(),
                record.offset(), applied ? "applied" : "applied before");
    }
}
