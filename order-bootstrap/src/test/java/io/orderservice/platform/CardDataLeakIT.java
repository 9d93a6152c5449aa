package io.orderservice.platform;

import static io.orderservice.support.Http.orderJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.shared.CardNumbers;
import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.TestPropertySource;

/**
 * No card number anywhere: after the rest of the suite (this class runs last), card numbers are sent in
 * every way a client or a partner could (as a token, in an address, in a payment event), and then every
 * text column of every database on the embedded server, the log file all test contexts wrote, and the
 * Kafka records the service published are searched for one.
 */
@Order(Integer.MAX_VALUE)
@OrderServiceIntegrationTest
@EmbeddedKafka(topics = "payment-events", partitions = 1)
@TestPropertySource(properties = {
        "spring.modulith.events.externalization.enabled=true",
        "order-service.messaging.payment-events.enabled=true",
        "order-service.messaging.payment-events.partitions=1",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.kafka.consumer.auto-offset-reset=earliest"})
class CardDataLeakIT {

    static final String CARD = "4242 4242 4242 4242";

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void noCardNumberIsStoredLoggedOrPublished() throws Exception {
        var http = new Http(port);
        assertThat(http.postJson("/api/v1/orders", orderJson("leak-check", "EUR",
                "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", CARD.replace(" ", ""))).status()).isEqualTo(422);
        assertThat(http.postJson("/api/v1/orders", orderJson("leak-check", "EUR",
                "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_approve")
                .replace("\"city\"", "\"line2\": \"" + CARD + "\", \"city\"")).status()).isEqualTo(422);
        assertThat(http.postJson("/api/v1/orders", orderJson("leak-check", "EUR",
                "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_approve")).status()).isEqualTo(201);
        var eventWithCard = "{\"eventId\":\"evt-" + UUID.randomUUID() + "\",\"type\":\"payment.authorised\",\"gateway\":\"sandbox\","
                + "\"paymentId\":\"" + UUID.randomUUID() + "\",\"gatewayReference\":\"" + CARD + "\"}";
        publish("payment-events", eventWithCard);

        var published = new ArrayList<String>();
        published.addAll(records("payment-events.DLT", 1));
        published.addAll(records("order-events", 2));
        assertThat(published).as("the dead letter and the order's events arrived").hasSizeGreaterThanOrEqualTo(3);

        assertThat(published).noneMatch(CardNumbers::containsCardNumber);
        assertThat(published.get(0)).contains("[card number removed]");
        // The search itself finds a card number where there is one...
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE leak_probe (note text)");
            statement.execute("INSERT INTO leak_probe VALUES ('probe " + CARD + "')");
        }
        assertThat(cardNumbersInDatabases()).singleElement().asString().contains("leak_probe.note");
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("DROP TABLE leak_probe");
        }
        // ...and nothing else holds one.
        assertThat(cardNumbersInDatabases()).isEmpty();
        var log = Path.of("target", "it-logs", "order-service.log");
        assertThat(log).exists();
        try (var lines = Files.lines(log)) {
            assertThat(lines.filter(CardNumbers::containsCardNumber).toList()).isEmpty();
        }
    }

    /** "database.table.column: value" for every text value holding a card number, in every database of the server. */
    private List<String> cardNumbersInDatabases() throws SQLException {
        var found = new ArrayList<String>();
        String url;
        try (var connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        }
        var server = url.substring(0, url.lastIndexOf('/') + 1);
        var databases = new ArrayList<String>();
        try (var connection = dataSource.getConnection(); var rows = connection.createStatement()
                .executeQuery("SELECT datname FROM pg_database WHERE NOT datistemplate")) {
            while (rows.next()) {
                databases.add(rows.getString(1));
            }
        }
        for (var database : databases) {
            try (var connection = DriverManager.getConnection(server + database, "postgres", "")) {
                var columns = new ArrayList<String[]>();
                try (var rows = connection.createStatement().executeQuery("""
                        SELECT table_schema, table_name, column_name FROM information_schema.columns
                        WHERE table_schema NOT IN ('pg_catalog', 'information_schema')
                          AND data_type IN ('text', 'character varying', 'character', 'jsonb', 'json')""")) {
                    while (rows.next()) {
                        columns.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
                    }
                }
                for (var column : columns) {
                    var sql = "SELECT \"%s\"::text FROM \"%s\".\"%s\" WHERE \"%s\"::text ~ '[2-6]([ -]?[0-9]){12,18}'"
                            .formatted(column[2], column[0], column[1], column[2]);
                    try (var rows = connection.createStatement().executeQuery(sql)) {
                        while (rows.next()) {
                            if (CardNumbers.containsCardNumber(rows.getString(1))) {
                                found.add(database + "." + column[1] + "." + column[2] + ": " + rows.getString(1));
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private void publish(String topic, String value) {
        try (var producer = new DefaultKafkaProducerFactory<>(KafkaTestUtils.producerProps(broker), new StringSerializer(),
                new StringSerializer()).createProducer()) {
            producer.send(new ProducerRecord<>(topic, "leak-check", value));
            producer.flush();
        }
    }

    private List<String> records(String topic, int atLeast) {
        var properties = KafkaTestUtils.consumerProps(broker, "leak-" + UUID.randomUUID(), false);
        properties.put("auto.offset.reset", "earliest");
        var values = new ArrayList<String>();
        try (Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<>(properties, new StringDeserializer(),
                new StringDeserializer()).createConsumer()) {
            consumer.subscribe(List.of(topic));
            var deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (values.size() < atLeast && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> values.add(record.value()));
            }
        }
        return values;
    }
}
