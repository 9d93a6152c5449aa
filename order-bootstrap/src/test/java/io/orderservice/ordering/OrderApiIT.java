package io.orderservice.ordering;

import static io.orderservice.support.Http.orderJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The order API end to end: real HTTP into the running service, real PostgreSQL behind it. */
@OrderServiceIntegrationTest
class OrderApiIT {

    private static final String TWO_LINES = """
            [{"sku": "E2E-TEE", "quantity": 2}, {"sku": "E2E-MUG", "quantity": 1}]""";

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    JdbcClient jdbc;
    Http http;

    @BeforeEach
    void catalogAndStock() {
        http = new Http(port);
        jdbc.sql("""
                INSERT INTO catalog_product (sku, name) VALUES ('E2E-TEE', 'E2E tee'), ('E2E-MUG', 'E2E mug'),
                  ('E2E-SCARCE', 'E2E scarce') ON CONFLICT DO NOTHING""").update();
        jdbc.sql("""
                INSERT INTO catalog_price (sku, currency, unit_price_minor) VALUES ('E2E-TEE', 'EUR', 1999),
                  ('E2E-MUG', 'EUR', 1250), ('E2E-SCARCE', 'EUR', 5000) ON CONFLICT DO NOTHING""").update();
        jdbc.sql("""
                INSERT INTO stock_level (warehouse_code, sku, on_hand) VALUES ('MAIN', 'E2E-TEE', 1000),
                  ('MAIN', 'E2E-MUG', 1000), ('MAIN', 'E2E-SCARCE', 3)
                ON CONFLICT (warehouse_code, sku) DO UPDATE SET on_hand = EXCLUDED.on_hand""").update();
    }

    @Test
    void placesAnOrderAndReadsItBack() {
        var placed = http.postJson("/api/v1/orders", orderJson("customer-e2e", "EUR", TWO_LINES, "tok_approve"));

        assertThat(placed.status()).isEqualTo(201);
        var order = placed.json();
        var id = order.get("id").asString();
        assertThat(placed.location()).endsWith("/api/v1/orders/" + id);
        assertThat(order.get("status").asString()).isEqualTo("PAID");
        // To London in EUR: 52.48 of goods, so shipping is free (free-shipping-eur-50 takes the 4.95 off), and
        // 20 % UK VAT on the goods: 10.496, rounded once for the order (HALF_EVEN) to 10.50.
        assertThat(order.at("/totals/subtotal/amount").asString()).isEqualTo("52.48");
        assertThat(order.at("/totals/shipping/amount").asString()).isEqualTo("0.00");
        assertThat(order.at("/totals/tax/amount").asString()).isEqualTo("10.50");
        assertThat(order.at("/totals/taxIncluded").asBoolean()).isFalse();
        assertThat(order.at("/totals/grandTotal/amount").asString()).isEqualTo("62.98");
        assertThat(order.at("/priceDetails/taxLines/0/jurisdiction").asString()).isEqualTo("United Kingdom");
        assertThat(order.at("/priceDetails/taxLines/0/rate").asString()).isEqualTo("0.2");
        assertThat(order.at("/priceDetails/taxLines/0/taxable/amount").asString()).isEqualTo("52.48");
        assertThat(order.at("/priceDetails/taxLines/0/tax/amount").asString()).isEqualTo("10.50");
        assertThat(order.at("/priceDetails/discounts/0/promotionId").asString()).isEqualTo("free-shipping-eur-50");
        assertThat(order.at("/priceDetails/discounts/0/fromShipping/amount").asString()).isEqualTo("4.95");
        assertThat(order.at("/lines/0/sku").asString()).isEqualTo("E2E-TEE");
        assertThat(order.at("/lines/0/lineTotal/amount").asString()).isEqualTo("39.98");

        var fetched = http.get(placed.location().substring(placed.location().indexOf("/api/")));
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.json()).isEqualTo(order);

        var status = http.get("/api/v1/orders/" + id + "/status").json();
        assertThat(status.get("status").asString()).isEqualTo("PAID");
        assertThat(status.get("allowedActions").valueStream().map(n -> n.asString())).contains("SHIP", "CANCEL");
        assertThat(status.get("history").size()).isEqualTo(2);
        assertThat(status.at("/placement/status").asString()).isEqualTo("COMPLETED");
        assertThat(status.at("/placement/inProgress").asBoolean()).isFalse();
        assertThat(status.at("/history/1/action").asString()).isEqualTo("AUTHORISE_PAYMENT");
    }

    @Test
    void aPlacementAnsweredPaidIsCompleteWithNothingLeftToTheOutbox() {
        var placed = http.postJson("/api/v1/orders", orderJson("customer-outbox", "EUR", TWO_LINES, "tok_approve"));
        assertThat(placed.status()).isEqualTo(201);
        var id = placed.json().get("id").asString();

        // The request ran the placement (docs/placement.md): when it answers, the stock is allocated and the saga is done.
        assertThat(jdbc.sql("SELECT count(*) FROM stock_reservation WHERE order_id = ?::uuid AND status = 'ALLOCATED'")
                .param(id).query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT status FROM placement_saga WHERE order_id = ?::uuid").param(id).query(String.class).single())
                .isEqualTo("COMPLETED");
        assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?")
                .param("%" + id + "%").query(Long.class).single()).as("no work handed to the outbox is left undone").isZero();
    }

    static Stream<Arguments> refusedOrders() {
        return Stream.of(
                Arguments.of("unknown SKU", orderJson("c-refused", "EUR", """
                        [{"sku": "E2E-TEE", "quantity": 1}, {"sku": "NO-SUCH-SKU", "quantity": 1}]""", "tok_approve"),
                        422, "unknown-sku"),
                Arguments.of("quantity of 0", orderJson("c-refused", "EUR", """
                        [{"sku": "E2E-TEE", "quantity": 0}]""", "tok_approve"), 400, "invalid-request"),
                Arguments.of("undeliverable address", orderJson("c-refused", "EUR", TWO_LINES, "tok_approve")
                        .replace("N1 9GU", "12345"), 422, "undeliverable-address"),
                Arguments.of("malformed body", "{\"customerId\": \"c-refused\", \"lines\": [", 400, "malformed-body"),
                Arguments.of("card number as token", orderJson("c-refused", "EUR", TWO_LINES, "4111111111111111"),
                        422, "card-data-refused"),
                Arguments.of("card number in the address", orderJson("c-refused", "EUR", TWO_LINES, "tok_approve")
                        .replace("\"city\"", "\"line2\": \"card 4242 4242 4242 4242\", \"city\""), 422, "card-data-refused"),
                Arguments.of("a token the domain refuses", orderJson("c-refused", "EUR", TWO_LINES, "tok_with_1234567890123"),
                        422, "invalid-value"),
                Arguments.of("missing fields", "{}", 400, "invalid-request"));
    }

    /** Refused before the order is stored; what the placement saga refuses (stock, payment) is PlacementSagaIT's. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedOrders")
    void aRefusedOrderGetsAProblemAndLeavesNothingBehind(String why, String body, int status, String problemType) {
        var ordersBefore = count("SELECT count(*) FROM orders");
        var reservedBefore = count("SELECT sum(reserved) FROM stock_level");
        var publicationsBefore = count("SELECT count(*) FROM event_publication");

        var response = http.postJson("/api/v1/orders", body);

        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var problem = response.json();
        assertThat(problem.get("type").asString()).isEqualTo("urn:order-service:problem:" + problemType);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(count("SELECT count(*) FROM orders")).isEqualTo(ordersBefore);
        assertThat(count("SELECT sum(reserved) FROM stock_level")).isEqualTo(reservedBefore);
        assertThat(count("SELECT count(*) FROM event_publication")).isEqualTo(publicationsBefore);
    }

    @Test
    void fieldErrorsNameTheField() {
        var response = http.postJson("/api/v1/orders", orderJson("c-fields", "euro", """
                [{"sku": "E2E-TEE", "quantity": 0}]""", "tok_approve"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").valueStream().map(error -> error.get("field").asString()))
                .containsExactlyInAnyOrder("currency", "lines[0].quantity");
    }

    @Test
    void theShortageIsPartOfTheProblemAndTheRejectedOrderIsNamed() {
        var response = http.postJson("/api/v1/orders", orderJson("c-short", "EUR", """
                [{"sku": "E2E-SCARCE", "quantity": 5}]""", "tok_approve"));
        var problem = response.json();

        assertThat(response.status()).isEqualTo(409);
        assertThat(problem.get("type").asString()).isEqualTo("urn:order-service:problem:insufficient-stock");
        assertThat(response.location()).endsWith("/api/v1/orders/" + problem.get("orderId").asString());
        assertThat(http.get("/api/v1/orders/" + problem.get("orderId").asString()).json().get("status").asString())
                .isEqualTo("REJECTED");

        assertThat(problem.at("/shortages/0/sku").asString()).isEqualTo("E2E-SCARCE");
        assertThat(problem.at("/shortages/0/requested").asInt()).isEqualTo(5);
        assertThat(problem.at("/shortages/0/available").asInt()).isEqualTo(3);
    }

    @Test
    void listsACustomersOrdersNewestFirst() {
        var customer = "customer-list-" + System.nanoTime();
        var placed = new java.util.ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            placed.add(http.postJson("/api/v1/orders", orderJson(customer, "EUR", TWO_LINES, "tok_approve"))
                    .json().get("id").asString());
        }

        var page = http.get("/api/v1/orders?customerId=" + customer + "&limit=2");

        assertThat(page.status()).isEqualTo(200);
        var items = page.json().get("items");
        assertThat(items.valueStream().map(item -> item.get("id").asString()))
                .containsExactly(placed.get(2), placed.get(1));
        assertThat(items.get(0).get("lineCount").asInt()).isEqualTo(2);
        assertThat(items.get(0).at("/grandTotal/amount").asString()).isEqualTo("62.98");
        assertThat(items.get(0).get("status").asString()).isEqualTo("PAID");
        assertThat(http.get("/api/v1/orders?customerId=nobody-" + System.nanoTime()).json().get("items").size()).isZero();
    }

    @Test
    void listingNeedsASensibleLimit() {
        var tooMany = http.get("/api/v1/orders?customerId=c-1&limit=101");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.contentType()).startsWith("application/problem+json");
        assertThat(tooMany.json().at("/errors/0/field").asString()).isEqualTo("limit");
    }

    @Test
    void anUnknownOrderIsNotFound() {
        var response = http.get("/api/v1/orders/2f5c0dba-5209-4fff-947e-641907d8afe0");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:order-service:problem:order-not-found");
        assertThat(http.get("/api/v1/orders/2f5c0dba-5209-4fff-947e-641907d8afe0/status").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/orders/not-a-uuid").status()).isEqualTo(400);
    }

    @Test
    void theServiceIsOperable() {
        http.postJson("/api/v1/orders", orderJson("c-ops", "EUR", TWO_LINES, "tok_approve"));
        http.postJson("/api/v1/orders", orderJson("c-ops", "EUR", TWO_LINES, "tok_decline"));

        var scraper = Http.anonymous(managementPort);
        var loadBalancer = Http.anonymous(port);
        assertThat(loadBalancer.get("/livez").json().get("status").asString()).isEqualTo("UP");
        assertThat(loadBalancer.get("/readyz").json().get("status").asString()).isEqualTo("UP");
        assertThat(scraper.get("/actuator/health/liveness").json().get("status").asString()).isEqualTo("UP");
        var readiness = scraper.get("/actuator/health/readiness");
        assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
        assertThat(scraper.get("/actuator/info").json().at("/build/version").asString()).isNotBlank();
        var metrics = scraper.get("/actuator/prometheus").body();
        assertThat(metrics).containsPattern("orders_placed_total\\{[^}]*\\} [1-9]");
        assertThat(metrics).containsPattern("orders_placement_refused_total\\{[^}]*reason=\"PAYMENT_DECLINED\"[^}]*\\} [1-9]");
        assertThat(metrics).contains("outbox_publications_incomplete");
        assertThat(scraper.get("/actuator/modulith").json().has("ordering")).isTrue();
        assertThat(List.of("/actuator/prometheus", "/actuator/metrics", "/actuator/modulith")).as("not on the application port")
                .allSatisfy(path -> assertThat(http.get(path).status()).isEqualTo(404));
        assertThat(http.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    private long count(String sql) {
        Long value = jdbc.sql(sql).query(Long.class).single();
        return value == null ? 0 : value;
    }
}
