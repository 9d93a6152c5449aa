package io.orderservice.returns;

import io.orderservice.returns.application.port.out.CustomerNotices.Kind;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.OrderId;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The notification port's first adapter, {@code OutboxCustomerNotices}, passes the notice kit as the service runs it:
 * told in a PostgreSQL transaction, stored in the outbox with the change, and on {@code customer-notifications} (an
 * embedded broker) after commit, keyed by order. What reaches the customer here is the record a notification service
 * reads. (The context is ReturnsIT's.)
 */
@OrderServiceIntegrationTest
@EmbeddedKafka
@TestPropertySource(properties = {
        "spring.modulith.events.externalization.enabled=true",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}"})
class OutboxCustomerNoticesContractIT extends NoticesAsTheServiceTellsThem {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, List<String>> RECORDS_BY_ORDER = new HashMap<>();
    private static Consumer<String, String> topic;

    @Autowired
    EmbeddedKafkaBroker broker;

    @AfterAll
    static void closeTopic() {
        if (topic != null) {
            topic.close();
        }
    }

    @Override
    protected Recipient recipient() {
        return new Recipient(OrderId.newId(), new CustomerId("customer-" + UUID.randomUUID()));
    }

    @Override
    protected synchronized List<String> received(Recipient recipient) {
        if (topic == null) {
            var properties = KafkaTestUtils.consumerProps(broker, "notice-kit-" + UUID.randomUUID(), false);
            properties.put("auto.offset.reset", "earliest");
            topic = new DefaultKafkaConsumerFactory<>(properties, new StringDeserializer(), new StringDeserializer())
                    .createConsumer();
            topic.subscribe(List.of("customer-notifications"));
        }
        topic.poll(Duration.ofMillis(200))
                .forEach(record -> RECORDS_BY_ORDER.computeIfAbsent(record.key(), order -> new ArrayList<>()).add(record.value()));
        return List.copyOf(RECORDS_BY_ORDER.getOrDefault(recipient.orderId().toString(), List.of()));
    }

    @Override
    protected Kind kindOf(String message) {
        return Kind.valueOf(JSON.readTree(message).get("kind").asString());
    }
}
