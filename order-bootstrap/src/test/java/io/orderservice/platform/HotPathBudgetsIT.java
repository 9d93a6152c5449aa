package io.orderservice.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import io.orderservice.support.StatementRecorder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The hot path's budgets, counted (not timed): every statement the service sends, on every thread, from the request
 * until the outbox has drained. The budgets are in {@link HotPathBudgets}; a change that needs more raises them there,
 * with the measurement and the reason (docs/performance.md).
 */
@OrderServiceIntegrationTest
@Import(StatementRecorder.Wiring.class)
@TestPropertySource(properties = {
        // The rules are kept as in production (ADR 0032), for longer than the test runs: a window never reloads them.
        "order-service.caching.rules-live-for=PT1H",
        // Nothing on a timer may run inside a counted window: the clock's jobs are tested elsewhere.
        "order-service.outbox.resubmit-every=P1D",
        "order-service.inventory.hold-expiry-check-every=P1D",
        "order-service.payment.proposals.check-every=P1D",
        "order-service.payment.authorisations.renewal-check-every=P1D",
        "order-service.tracking.poll-every=P1D",
        "order-service.carts.sweep-every=P1D",
        "order-service.fulfilment.completion-check-every=P1D",
        // The purges run at a minute of every hour: a window over that minute counted the inbox's purge ("-": off).
        "order-service.inbox.purge-cron=-",
        "order-service.idempotency.purge-cron=-",
        "order-service.outbox.purge-cron=-"})
class HotPathBudgetsIT {

    private static final String LINES = """
            [{"sku": "BUDGET-1", "quantity": 1}, {"sku": "BUDGET-2", "quantity": 2}, {"sku": "BUDGET-3", "quantity": 1}]""";

    private static final int PLACEMENTS = 10;
    private static final String CUSTOMER = UUID.randomUUID().toString();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StatementRecorder recorder;
    Http http;

    @BeforeEach
    void catalog() {
        http = new Http(port);
        jdbc.sql("""
                INSERT INTO catalog_product (sku, name) VALUES ('BUDGET-1', 'One'), ('BUDGET-2', 'Two'), ('BUDGET-3', 'Three')
                ON CONFLICT DO NOTHING""").update();
        jdbc.sql("""
                INSERT INTO catalog_price (sku, currency, unit_price_minor) VALUES
                  ('BUDGET-1', 'EUR', 1999), ('BUDGET-2', 'EUR', 1999), ('BUDGET-3', 'EUR', 1999) ON CONFLICT DO NOTHING""")
                .update();
        jdbc.sql("""
                INSERT INTO stock_level (warehouse_code, sku, on_hand) VALUES
                  ('MAIN', 'BUDGET-1', 1000000), ('MAIN', 'BUDGET-2', 1000000), ('MAIN', 'BUDGET-3', 1000000)
                ON CONFLICT (warehouse_code, sku) DO NOTHING""").update();
    }

    /**
     * The benchmark's order: three lines, an automatic promotion (free shipping from 50 EUR) and a promo code, for a
     * customer who has ordered before (the benchmark's thousand customers come back).
     */
    private String order() {
        return """
                {"customerId": "budget-%s", "currency": "EUR", "lines": %s, "promoCodes": ["WELCOME10"],
                 "shippingAddress": {"recipient": "Ada Lovelace", "line1": "12 Analytical Way", "city": "London",
                                     "postalCode": "N1 9GU", "countryCode": "GB"},
                 "paymentToken": "tok_approve"}""".formatted(CUSTOMER, LINES);
    }

    @Test
    void aPlacementAndTheReadOfItsOrderStayWithinTheirBudgets() {
        // The first placement of a context warms what is read once (caches, sequences' first blocks).
        place();
        awaitQuiet();

        // Sequences hand out ids in blocks: the statement that fetches the next block falls to one placement in many,
        // so placements are counted together and budgeted on their mean.
        recorder.start();
        var ids = new ArrayList<String>();
        for (int i = 0; i < PLACEMENTS; i++) {
            ids.add(place());
        }
        awaitQuiet();
        var placements = recorder.stop();
        System.out.println("HotPathBudgetsIT: " + PLACEMENTS + " placements, " + placements.breakdown());
        assertThat((double) placements.count() / PLACEMENTS).as(placements.breakdown())
                .isLessThanOrEqualTo(HotPathBudgets.STATEMENTS_PER_PLACEMENT);
        assertThat((double) placements.commits() / PLACEMENTS).as(placements.breakdown())
                .isLessThanOrEqualTo(HotPathBudgets.COMMITS_PER_PLACEMENT);

        for (var id : ids) {
            readWithin("/api/v1/orders/" + id, HotPathBudgets.STATEMENTS_PER_READ_OF_A_NEW_ORDER);
            readWithin("/api/v1/orders/" + id + "/status", HotPathBudgets.STATEMENTS_PER_STATUS_READ);
        }
        readWithin("/api/v1/orders?customerId=budget-" + CUSTOMER + "&limit=20", HotPathBudgets.STATEMENTS_PER_LIST_PAGE);
    }

    /** One GET, which must answer 200 within its budget of statements. */
    private void readWithin(String path, int budget) {
        recorder.start();
        var response = http.get(path);
        var read = recorder.stop();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(read.count()).as("GET " + path + ": " + read.breakdown()).isLessThanOrEqualTo(budget);
    }

    @Test
    void theReadOfAShippedAndRefundedOrderStaysWithinItsBudget() {
        var id = place();
        var shipped = http.send("POST", "/api/v1/orders/" + id + "/ship", """
                {"carrier": "dhl", "trackingNumber": "JD014600006281",
                 "lines": [{"lineNumber": 1, "quantity": 1}, {"lineNumber": 2, "quantity": 2}, {"lineNumber": 3, "quantity": 1}]}""");
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(200);
        var refund = http.send("POST", "/api/v1/orders/" + id + "/refunds", """
                {"reasonCode": "damaged", "lines": [{"lineNumber": 2, "quantity": 1}]}""");
        assertThat(refund.status()).as(refund.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> http.get("/api/v1/orders/" + id + "/refunds").json()
                .at("/0/status").asString().equals("SUCCEEDED"));
        awaitQuiet();

        var read = http.get("/api/v1/orders/" + id);
        assertThat(read.json().get("shipments").size()).isEqualTo(1);
        assertThat(read.json().at("/lines/1/refundedQuantity").asInt()).isEqualTo(1);
        readWithin("/api/v1/orders/" + id, HotPathBudgets.STATEMENTS_PER_READ_OF_A_SHIPPED_AND_REFUNDED_ORDER);
    }

    /**
     * A storefront's cart as the storefront checkout scenario uses it: lines added (each priced again, with its lines'
     * availability) and the cart read, counted after a first change warmed the caches.
     */
    @Test
    void aCartChangeAndTheReadOfTheCartStayWithinTheirBudgets() {
        var storefront = Http.as(port, "storefront");
        var cart = storefront.postJson("/api/v1/carts", "{\"currency\": \"EUR\", \"country\": \"GB\"}");
        assertThat(cart.status()).as(cart.body()).isEqualTo(201);
        var path = "/api/v1/carts/" + cart.json().get("id").asString();
        assertThat(storefront.postJson(path + "/lines", "{\"sku\": \"BUDGET-2\", \"quantity\": 1}").status()).isEqualTo(200);

        recorder.start();
        var added = storefront.postJson(path + "/lines", "{\"sku\": \"BUDGET-2\", \"quantity\": 2}");
        var change = recorder.stop();
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        System.out.println("HotPathBudgetsIT: a cart line added, " + change.breakdown());
        assertThat(change.count()).as(change.breakdown()).isLessThanOrEqualTo(HotPathBudgets.STATEMENTS_PER_CART_CHANGE);

        recorder.start();
        var read = storefront.get(path);
        var counted = recorder.stop();
        assertThat(read.status()).isEqualTo(200);
        assertThat(counted.count()).as(counted.breakdown()).isLessThanOrEqualTo(HotPathBudgets.STATEMENTS_PER_CART_READ);
    }

    private String place() {
        var placed = http.postJson("/api/v1/orders", order());
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(placed.json().get("status").asString()).isEqualTo("PAID");
        return placed.json().get("id").asString();
    }

    /** Until the outbox has no incomplete publication and no statement was sent for half a second. */
    private void awaitQuiet() {
        var last = new int[] {-1, 0};
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            long incomplete = recorder.unrecorded(() -> jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
                    .query(Long.class).single());
            int now = recorder.sofar();
            last[1] = incomplete == 0 && now == last[0] ? last[1] + 1 : 0;
            last[0] = now;
            return last[1] >= 5;
        });
    }
}
