package io.orderservice.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderservice.ordering.application.port.in.CompleteDeliveredOrdersUseCase;
import io.orderservice.support.CarrierReports;
import io.orderservice.support.Http;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 18: a database created by the head before the capabilities were reorganised ({@code f714de5}) is upgraded by
 * today's service, and everything in it finishes. The fixture holds orders in every status the API reaches and
 * publications of the outbox that did not complete: every event to externalize (the old head ran with Kafka away), work
 * in flight when the process died, and one finished piece of work of every listener and event type, as if the process
 * died before marking it done. Moved or renamed event
 * classes or listeners would leave those publications orphaned; a moved or edited changeset would make Liquibase
 * refuse the database or apply it twice. {@code src/test/upgrade/UpgradeFixtureGeneratorIT.java} made the fixture.
 */
class UpgradeIT {

    private static final String FIXTURE = "/upgrade/f714de5.jsonl";
    private static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestConfiguration
    static class NothingMore {
    }

    /** The fixture: rows by table, sequences, and which order was left in which status. */
    private record Fixture(Map<String, List<JsonNode>> rows, Map<String, Long> sequences, Map<String, String> placed) {

        static Fixture read() throws Exception {
            var rows = new LinkedHashMap<String, List<JsonNode>>();
            var sequences = new LinkedHashMap<String, Long>();
            var placed = new LinkedHashMap<String, String>();
            try (var in = new BufferedReader(new InputStreamReader(
                    Objects.requireNonNull(UpgradeIT.class.getResourceAsStream(FIXTURE), FIXTURE), StandardCharsets.UTF_8))) {
                for (var line = in.readLine(); line != null; line = in.readLine()) {
                    var node = JSON.readTree(line);
                    if (node.has("table")) {
                        rows.computeIfAbsent(node.get("table").asString(), table -> new ArrayList<>()).add(node.get("row"));
                    } else if (node.has("sequence")) {
                        sequences.put(node.get("sequence").asString(), node.get("value").asLong());
                    } else {
                        placed.put(node.get("placed").asString(), node.get("orderId").asString());
                    }
                }
            }
            return new Fixture(rows, sequences, placed);
        }

        List<String> changesets() {
            return rows.get("databasechangelog").stream()
                    .sorted((a, b) -> Integer.compare(a.get("orderexecuted").asInt(), b.get("orderexecuted").asInt()))
                    .map(row -> row.get("filename").asString() + "::" + row.get("id").asString()).toList();
        }

        long incompletePublications() {
            return rows.get("event_publication").stream().filter(row -> row.get("completion_date").isNull()).count();
        }
    }

    @Test
    void aDatabaseOfTheHeadBeforeIssue18IsUpgradedAndEverythingInItFinishes() throws Exception {
        var fixture = Fixture.read();
        assertThat(fixture.incompletePublications()).as("the fixture has work in flight").isGreaterThan(40);
        try (var database = SharedTestDatabase.named("upgrade_f714de5")) {
            try (var connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "")) {
                assertThat(schemaAsItWas(connection, fixture.changesets().size()))
                        .as("the changesets that shipped, in their files and order").isEqualTo(fixture.changesets());
                load(connection, fixture);
            }
            var broker = new EmbeddedKafkaKraftBroker(1, 1);
            broker.afterPropertiesSet();
            try (var life = database.startService(NothingMore.class, "PT0.5S",
                    "--spring.modulith.events.externalization.enabled=true",
                    "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString())) {
                var jdbc = database.client();
                var staff = new Http(port(life));
                var placed = fixture.placed();
                assertThat(jdbc.sql("""
                        SELECT l.order_id || ' line ' || l.line_number || ': ' || l.shipped_quantity || ' vs ' || coalesce(s.units, 0)
                        FROM order_lines l LEFT JOIN (SELECT sh.order_id, sl.line_number, sum(sl.quantity) AS units
                            FROM order_shipment sh JOIN order_shipment_line sl ON sl.shipment_id = sh.id
                            GROUP BY sh.order_id, sl.line_number) s USING (order_id, line_number)
                        WHERE l.shipped_quantity <> coalesce(s.units, 0)""").query(String.class).list())
                        .as("each line's shipped units, counted from the shipments recorded before the column").isEmpty();
                assertThat(jdbc.sql("SELECT sum(shipped_quantity) FROM order_lines").query(Long.class).single())
                        .as("the fixture has shipped units").isPositive();

                // Work in flight when the old process died: a placement whose gateway never answered.
                var hanging = placed.get("AWAITING_PAYMENT, saga running");
                var abandoned = staff.postJson("/api/v1/admin/placements/" + hanging + "/compensate",
                        "{\"reason\": \"gateway gone\"}");
                assertThat(abandoned.status()).as(abandoned.body()).isIn(200, 202);
                awaitStatus(staff, hanging, "CANCELLED");

                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jdbc.sql(
                        "SELECT listener_id || ' ' || event_type FROM event_publication WHERE completion_date IS NULL")
                        .query(String.class).list()).as("publications of the old head, delivered").isEmpty());

                // Placements the old head left waiting for people go on with today's process manager.
                var approved = placed.get("PENDING_APPROVAL");
                assertThat(Http.as(port(life), "approver").postJson("/api/v1/orders/" + approved + "/approval",
                        "{\"approve\": true, \"reason\": \"within budget\"}").status()).isEqualTo(200);
                var reviewed = placed.get("ON_HOLD");
                assertThat(staff.postJson("/api/v1/admin/placements/" + reviewed + "/review",
                        "{\"approve\": true, \"reason\": \"known customer\"}").status()).isEqualTo(200);
                var retried = placed.get("PAYMENT_FAILED");
                assertThat(Http.as(port(life), "customer-42").postJson("/api/v1/orders/" + retried + "/payment",
                        "{\"paymentToken\": \"tok_approve\"}").status()).isIn(200, 201, 202);
                for (var paid : List.of(approved, reviewed, retried)) {
                    awaitStatus(staff, paid, "PAID");
                }

                // Cancelled: through its saga while one runs, at once otherwise. The sandbox gateway forgets its
                // authorisations on restart (docs/payments.md), so what the old process authorised is not shipped here
                // (the capture would be refused) and its release is refused and recorded as such.
                for (var status : List.of("AWAITING_PAYMENT", "PAID", "PAID, two units", "BACKORDERED")) {
                    assertThat(staff.send("DELETE", "/api/v1/orders/" + placed.get(status), null).status()).as(status)
                            .isIn(200, 202);
                }
                assertThat(staff.send("DELETE", "/api/v1/orders/" + retried, null).status()).isEqualTo(200);

                // Shipped, delivered and completed: whatever the old head had shipped, and what was paid since.
                for (var order : List.of(placed.get("PARTIALLY_SHIPPED"), approved, reviewed)) {
                    CarrierReports.shipWithDhl(staff, order, null);
                }
                for (var order : List.of(placed.get("PARTIALLY_SHIPPED"), placed.get("SHIPPED"), approved, reviewed)) {
                    for (var trackingNumber : jdbc.sql("SELECT tracking_number FROM order_shipment WHERE order_id = ?::uuid")
                            .param(order).query(String.class).list()) {
                        CarrierReports.report(staff, trackingNumber, CarrierReports.event("DELIVERED", "2026-11-29T11:00:00Z"));
                    }
                    awaitStatus(staff, order, "DELIVERED");
                }
                jdbc.sql("UPDATE order_status_history SET occurred_at = now() - interval '30 days' WHERE action = 'DELIVER'")
                        .update();
                life.getBean(CompleteDeliveredOrdersUseCase.class).completeDue();

                var unfinished = jdbc.sql("""
                        SELECT id || ' ' || status FROM orders WHERE status NOT IN ('COMPLETED', 'CANCELLED', 'REJECTED')""")
                        .query(String.class).list();
                assertThat(unfinished).as("every order of the old head finished").isEmpty();
                assertThat(jdbc.sql("SELECT count(*) FROM orders").query(Long.class).single())
                        .isEqualTo(placed.size());
                assertThat(jdbc.sql("SELECT count(*) FROM placement_saga WHERE status NOT IN ('COMPLETED', 'FAILED')")
                        .query(Long.class).single()).as("every placement at rest").isZero();
                await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "SELECT count(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class).single() == 0);
            } finally {
                broker.destroy();
            }
        }
    }

    /** Applies the first {@code count} changesets of today's changelog; returns them as file::id, in order. */
    private static List<String> schemaAsItWas(Connection connection, int count) throws Exception {
        var database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        var liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(), database);
        liquibase.update(count, new Contexts(), new LabelExpression());
        var applied = new ArrayList<String>();
        try (var statement = connection.createStatement(); var result = statement.executeQuery(
                "SELECT filename || '::' || id FROM databasechangelog ORDER BY orderexecuted")) {
            while (result.next()) {
                applied.add(result.getString(1));
            }
        }
        return applied;
    }

    /** Replaces every row with the fixture's, the change log included, foreign keys unchecked while it loads. */
    private static void load(Connection connection, Fixture fixture) throws Exception {
        connection.setAutoCommit(true); // Liquibase leaves it off
        try (var statement = connection.createStatement()) {
            var tables = new ArrayList<String>();
            try (var result = statement.executeQuery("""
                    SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'
                    AND table_type = 'BASE TABLE' AND table_name <> 'databasechangeloglock'""")) {
                while (result.next()) {
                    tables.add(result.getString(1));
                }
            }
            statement.execute("TRUNCATE " + String.join(", ", tables));
            statement.execute("SET session_replication_role = replica");
        }
        for (var table : fixture.rows().entrySet()) {
            try (var insert = connection.prepareStatement("INSERT INTO " + table.getKey()
                    + " OVERRIDING SYSTEM VALUE SELECT * FROM json_populate_record(NULL::" + table.getKey() + ", ?::json)")) {
                for (var row : table.getValue()) {
                    insert.setString(1, row.toString());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        try (var statement = connection.createStatement()) {
            // As if the old head stopped a moment ago: its deadlines (payment retry windows, stock holds, backoffs) lie
            // as far ahead as they did when it stopped, whenever this test runs.
            statement.execute("CREATE TEMP TABLE upgrade_shift AS SELECT now() - max(updated_at) AS by FROM placement_saga");
            var columns = new ArrayList<String[]>();
            try (var result = statement.executeQuery("""
                    SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'
                    AND data_type = 'timestamp with time zone' AND table_name NOT LIKE 'databasechangelog%'""")) {
                while (result.next()) {
                    columns.add(new String[] {result.getString(1), result.getString(2)});
                }
            }
            for (var column : columns) {
                statement.execute("UPDATE " + column[0] + " SET " + column[1] + " = " + column[1]
                        + " + (SELECT by FROM upgrade_shift)");
            }
            for (var sequence : fixture.sequences().entrySet()) {
                statement.execute("SELECT setval('" + sequence.getKey() + "', " + sequence.getValue() + ")");
            }
            statement.execute("SET session_replication_role = DEFAULT");
            for (var table : fixture.rows().entrySet()) {
                try (var result = statement.executeQuery("SELECT count(*) FROM " + table.getKey())) {
                    result.next();
                    assertThat(result.getInt(1)).as(table.getKey()).isEqualTo(table.getValue().size());
                }
            }
        }
    }

    private static int port(ConfigurableApplicationContext life) {
        return ((WebServerApplicationContext) life).getWebServer().getPort();
    }

    private static void awaitStatus(Http http, String orderId, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                http.get("/api/v1/orders/" + orderId).json().get("status").asString()).as(orderId).isEqualTo(status));
    }
}
