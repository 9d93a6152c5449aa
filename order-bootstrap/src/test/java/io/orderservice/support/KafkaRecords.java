package io.orderservice.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reading what the service published to the embedded broker, and comparing it with docs/asyncapi.yaml. */
public final class KafkaRecords {

    private KafkaRecords() {
    }

    /** The topic's records {@code wanted} picks, from the beginning, until {@code expected} are found or 30 s pass. */
    public static List<ConsumerRecord<String, String>> records(EmbeddedKafkaBroker broker, String topic,
                                                               Predicate<ConsumerRecord<String, String>> wanted, int expected) {
        var properties = KafkaTestUtils.consumerProps(broker, "kafka-it-" + topic, false);
        properties.put("auto.offset.reset", "earliest");
        try (Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<>(properties, new StringDeserializer(),
                new StringDeserializer()).createConsumer()) {
            consumer.subscribe(List.of(topic));
            var found = new ArrayList<ConsumerRecord<String, String>>();
            var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (found.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (wanted.test(record)) {
                        found.add(record);
                    }
                });
            }
            return found;
        }
    }

    /** Publishes one record and waits until the broker has it. */
    public static void publish(EmbeddedKafkaBroker broker, String topic, String key, String value) {
        publish(broker, topic, key, value, Map.of());
    }

    /** Publishes one record with these headers (UTF-8 text) and waits until the broker has it. */
    public static void publish(EmbeddedKafkaBroker broker, String topic, String key, String value, Map<String, String> headers) {
        try (var producer = new DefaultKafkaProducerFactory<>(KafkaTestUtils.producerProps(broker), new StringSerializer(),
                new StringSerializer()).createProducer()) {
            var record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
            producer.send(record);
            producer.flush();
        }
    }

    public static Set<String> fieldNames(JsonNode node) {
        return new TreeSet<>(node.propertyNames());
    }

    /** The properties docs/asyncapi.yaml gives the schema. */
    public static Set<String> documentedFields(String schema) {
        try {
            var asyncApi = YAMLMapper.builder().build().readTree(Files.readString(Path.of("..", "docs", "asyncapi.yaml")));
            return fieldNames(asyncApi.at("/components/schemas/" + schema + "/properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
