package io.orderservice.inventory.messaging;

import io.orderservice.inventory.kit.RecordingStockFeed;
import io.orderservice.inventory.kit.StockFeedContract;
import io.orderservice.inventory.kit.WarehouseMessage;
import io.orderservice.shared.Sku;
import io.orderservice.shared.messaging.ConsumedRecordsDeadLetters;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Kafka consumer of a warehouse system's inventory events passes the stock feed kit on a real (embedded) broker,
 * with the service's error handling ({@link ConsumedRecordsDeadLetters}): what it sets aside is on
 * {@code inventory-events.DLT}, keyed by SKU as the warehouse keyed it.
 */
@SpringBootTest(classes = StockEventsConsumerContractIT.Consumer.class, properties = {
        "order-service.messaging.inventory-events.enabled=true",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.kafka.consumer.auto-offset-reset=earliest",
        "logging.level.org.apache.kafka=WARN", "logging.level.kafka=WARN", "logging.level.state.change.logger=WARN"})
@EmbeddedKafka(topics = StockEventsConsumerContractIT.TOPIC, partitions = 3)
class StockEventsConsumerContractIT extends StockFeedContract {

    static final String TOPIC = "inventory-events";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Long> DEAD_LETTERS_BY_KEY = new HashMap<>();
    private static org.apache.kafka.clients.consumer.Consumer<String, String> deadLetters;

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(KafkaAutoConfiguration.class)
    @Import({StockEventsConsumer.class, StockEventsConsumerConfiguration.class, ConsumedRecordsDeadLetters.class})
    static class Consumer {
        @Bean
        RecordingStockFeed feed() {
            return new RecordingStockFeed();
        }
    }

    @Autowired
    RecordingStockFeed feed;
    @Autowired
    EmbeddedKafkaBroker broker;

    @AfterAll
    static void closeDeadLetters() {
        if (deadLetters != null) {
            deadLetters.close();
        }
    }

    @Override
    protected RecordingStockFeed feed() {
        return feed;
    }

    @Override
    protected void send(WarehouseMessage message) {
        var type = switch (message.kind()) {
            case RECEIVED -> StockEventV1.RECEIVED;
            case COUNTED -> StockEventV1.COUNTED;
            case NEWER_THAN_THE_ADAPTER -> "stock.transferred.v1";
        };
        var event = new LinkedHashMap<String, Object>();
        event.put("eventId", message.eventId());
        event.put("type", type);
        event.put("location", message.location());
        event.put("sku", message.sku().value());
        event.put("quantity", message.quantity());
        event.put("occurredAt", message.occurredAt().toString());
        publish(message.sku(), JSON.writeValueAsString(event));
    }

    @Override
    protected void sendUnreadable(Sku sku) {
        publish(sku, "{\"eventId\": \"cut off");
    }

    @Override
    protected synchronized long setAside(Sku sku) {
        if (deadLetters == null) {
            var properties = KafkaTestUtils.consumerProps(broker, "stock-feed-kit", false);
            deadLetters = new DefaultKafkaConsumerFactory<>(properties, new StringDeserializer(), new StringDeserializer())
                    .createConsumer();
            deadLetters.assign(IntStream.range(0, 3)
                    .mapToObj(partition -> new TopicPartition(TOPIC + ConsumedRecordsDeadLetters.SUFFIX, partition)).toList());
            deadLetters.seekToBeginning(deadLetters.assignment());
        }
        deadLetters.poll(Duration.ofMillis(200)).forEach(record -> DEAD_LETTERS_BY_KEY.merge(record.key(), 1L, Long::sum));
        return DEAD_LETTERS_BY_KEY.getOrDefault(sku.value(), 0L);
    }

    private void publish(Sku key, String value) {
        try (var producer = new DefaultKafkaProducerFactory<>(KafkaTestUtils.producerProps(broker), new StringSerializer(),
                new StringSerializer()).createProducer()) {
            producer.send(new ProducerRecord<>(TOPIC, key.value(), value));
            producer.flush();
        }
    }
}
