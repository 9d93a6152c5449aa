package io.orderservice.platform;

import static io.orderservice.support.Http.orderJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderservice.ordering.application.port.in.CompleteDeliveredOrdersUseCase;
import io.orderservice.support.CarrierReports;
import io.orderservice.support.Http;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Writes the database of an Order Service as a JSON-lines fixture for {@code UpgradeIT}: orders in every status the
 * API reaches, and publications of the outbox that did not complete. Not part of the build: copy it into
 * order-bootstrap/src/test/java/io/orderservice/platform/ of a checkout of the head to capture, and run
 * <pre>
 * ./mvnw -o -pl order-bootstrap -am verify -Dit.test=UpgradeFixtureGeneratorIT -Dtest=none \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dorder-service.lint.skip=true -Dupgrade.fixture=/tmp/fixture.jsonl
 * </pre>
 * docs/operations.md ("Upgrades") says which heads have a fixture and how it was made.
 */
class UpgradeFixtureGeneratorIT {

    @TestConfiguration
    static class NothingMore {
    }

    @Test
    void capture() throws Exception {
        var out = Path.of(System.getProperty("upgrade.fixture", "target/upgrade-fixture.jsonl"));
        try (var database = SharedTestDatabase.named("upgrade_fixture")) {
            var placed = new LinkedHashMap<String, String>();
            // Kafka on but away: every event to externalize stays in the outbox, as when the broker was down.
            try (var life = database.startService(NothingMore.class, "PT1H",
                    "--spring.modulith.events.externalization.enabled=true", "--spring.kafka.bootstrap-servers=localhost:1",
                    "--spring.kafka.producer.properties.max.block.ms=500")) {
                var port = ((WebServerApplicationContext) life).getWebServer().getPort();
                var staff = new Http(port);
                placed.put("PAID", place(staff, "customer-42", "MUG-CLASSIC", 1, "tok_approve", "PAID"));
                placed.put("PAID, two units", place(staff, "customer-42", "MUG-CLASSIC", 2, "tok_approve", "PAID"));
                placed.put("AWAITING_PAYMENT", place(staff, "customer-42", "MUG-CLASSIC", 1, "tok_requires_action",
                        "AWAITING_PAYMENT"));
                placed.put("PAYMENT_FAILED", place(staff, "customer-42", "MUG-CLASSIC", 1, "tok_decline", "PAYMENT_FAILED"));

                var jdbc = database.client();
                jdbc.sql("INSERT INTO catalog_product (sku, name) VALUES ('UPGRADE-WATCH', 'Watch')").update();
                jdbc.sql("INSERT INTO catalog_price (sku, currency, unit_price_minor) VALUES ('UPGRADE-WATCH', 'EUR', 150000)").update();
                jdbc.sql("INSERT INTO stock_level (warehouse_code, sku, on_hand) VALUES ('MAIN', 'UPGRADE-WATCH', 100)").update();
                // Held for a fraud review: a first order above 1,000 EUR billed in another country.
                var held = staff.postJson("/api/v1/orders", orderJson("upgrade-" + UUID.randomUUID(), "EUR",
                        "[{\"sku\": \"UPGRADE-WATCH\", \"quantity\": 1}]", "tok_approve")
                        .replace("\"paymentToken\"", "\"billingCountry\": \"DE\", \"paymentToken\""));
                assertThat(held.json().get("status").asString()).as(held.body()).isEqualTo("ON_HOLD");
                placed.put("ON_HOLD", held.json().get("id").asString());

                var business = "upgrade-business-" + UUID.randomUUID();
                assertThat(staff.send("PUT", "/api/v1/admin/customers/" + business + "/pricing-profile",
                        "{\"business\": true}").status()).isEqualTo(200);
                placed.put("PENDING_APPROVAL", place(staff, business, "MUG-CLASSIC", 1, "tok_approve", "PENDING_APPROVAL"));

                var sku = "UPGRADE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
                jdbc.sql("INSERT INTO catalog_product (sku, name) VALUES (?, 'Coming soon')").param(sku).update();
                jdbc.sql("INSERT INTO catalog_price (sku, currency, unit_price_minor) VALUES (?, 'EUR', 2000)").param(sku).update();
                assertThat(staff.send("PUT", "/api/v1/admin/stock-items/" + sku,
                        "{\"backorderable\": true, \"restockExpected\": \"2026-12-10\"}").status()).isEqualTo(200);
                placed.put("BACKORDERED", place(staff, "customer-42", sku, 2, "tok_approve", "BACKORDERED"));
                var none = "UPGRADE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
                jdbc.sql("INSERT INTO catalog_product (sku, name) VALUES (?, 'Never')").param(none).update();
                jdbc.sql("INSERT INTO catalog_price (sku, currency, unit_price_minor) VALUES (?, 'EUR', 2000)").param(none).update();
                placed.put("REJECTED", place(staff, "customer-42", none, 1, "tok_approve", "REJECTED"));

                var partly = place(staff, "customer-42", "MUG-CLASSIC", 2, "tok_approve", "PAID");
                CarrierReports.shipWithDhl(staff, partly, 1);
                placed.put("PARTIALLY_SHIPPED", partly);
                var shipped = place(staff, "customer-42", "MUG-CLASSIC", 1, "tok_approve", "PAID");
                CarrierReports.shipWithDhl(staff, shipped, null);
                placed.put("SHIPPED", shipped);
                var delivered = place(staff, "customer-42", "MUG-CLASSIC", 1, "tok_approve", "PAID");
                CarrierReports.report(staff, CarrierReports.shipWithDhl(staff, delivered, null),
                        CarrierReports.event("DELIVERED", "2026-11-28T11:00:00Z"));
                placed.put("DELIVERED", delivered);
                var completed = place(staff, "customer-42", "MUG-CLASSIC", 1, "tok_approve", "PAID");
                CarrierReports.report(staff, CarrierReports.shipWithDhl(staff, completed, null),
                        CarrierReports.event("DELIVERED", "2026-11-28T11:00:00Z"));
                jdbc.sql("UPDATE order_status_history SET occurred_at = now() - interval '30 days' "
                        + "WHERE order_id = ?::uuid AND action = 'DELIVER'").param(completed).update();
                life.getBean(CompleteDeliveredOrdersUseCase.class).completeDue();
                placed.put("COMPLETED", completed);
                var cancelled = place(staff, "customer-42", "MUG-CLASSIC", 1, "tok_approve", "PAID");
                assertThat(staff.send("DELETE", "/api/v1/orders/" + cancelled, null).status()).isEqualTo(200);
                placed.put("CANCELLED", cancelled);

                // A placement whose gateway does not answer: the service stops while its saga waits, its work undone.
                var hanging = staff.postJson("/api/v1/orders", orderJson("customer-42", "EUR",
                        "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_timeout"));
                assertThat(hanging.status()).as(hanging.body()).isEqualTo(202);
                placed.put("AWAITING_PAYMENT, saga running", hanging.json().get("id").asString());
                var hangingId = hanging.json().get("id").asString();
                await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "SELECT step FROM placement_saga WHERE order_id = ?::uuid").param(hangingId).query(String.class)
                        .single().equals("AUTHORISE_PAYMENT"));
                Thread.sleep(3_000); // the externalizer's last tries give up
            }
            var jdbc = database.client();
            // Work that was done but not marked done when the process died: one of each kind, delivered again later.
            jdbc.sql("""
                    UPDATE event_publication SET completion_date = NULL, status = 'PUBLISHED' WHERE id IN (
                        SELECT DISTINCT ON (listener_id, event_type) id FROM event_publication
                        WHERE completion_date IS NOT NULL ORDER BY listener_id, event_type, publication_date DESC)""").update();
            var lines = new ArrayList<String>();
            for (var table : jdbc.sql("""
                    SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'
                    AND table_type = 'BASE TABLE' AND table_name <> 'databasechangeloglock' ORDER BY table_name""")
                    .query(String.class).list()) {
                lines.addAll(jdbc.sql("SELECT json_build_object('table', ?, 'row', row_to_json(x))::text FROM " + table
                        + " x ORDER BY row_to_json(x)::text").param(table).query(String.class).list());
            }
            lines.addAll(jdbc.sql("""
                    SELECT json_build_object('sequence', sequencename, 'value', last_value)::text FROM pg_sequences
                    WHERE schemaname = 'public' AND last_value IS NOT NULL ORDER BY sequencename""").query(String.class).list());
            placed.forEach((status, orderId) -> lines.add("{\"placed\": \"" + status + "\", \"orderId\": \"" + orderId + "\"}"));
            Files.write(out, lines);
        }
    }

    private static String place(Http http, String customer, String sku, int quantity, String token, String expected) {
        var placed = http.postJson("/api/v1/orders", orderJson(customer, "EUR",
                "[{\"sku\": \"" + sku + "\", \"quantity\": " + quantity + "}]", token));
        var json = placed.json();
        assertThat(json.has("id") || json.has("orderId")).as(placed.body()).isTrue();
        var id = json.has("id") ? json.get("id").asString() : json.get("orderId").asString();
        await().atMost(Duration.ofSeconds(20)).until(() -> http.get("/api/v1/orders/" + id).json().get("status")
                .asString().equals(expected));
        return id;
    }
}
