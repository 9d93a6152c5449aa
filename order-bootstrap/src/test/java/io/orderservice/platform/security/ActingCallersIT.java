package io.orderservice.platform.security;

import static io.orderservice.support.Http.orderJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who did it comes from the token, and some roles have limits inside what they may call: support refunds up to
 * order-service.refunds.support-limit and a lead above it; a warehouse whose token names locations ships and counts
 * stock only there; only staff write internal notes. Real tokens of the demo clients.
 */
@OrderServiceIntegrationTest
class ActingCallersIT {

    private static final String TWENTY_TSHIRTS = "[{\"sku\": \"TSHIRT-BLK-M\", \"quantity\": 20}]";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void supportRefundsUpToItsLimitAndALeadAboveIt() {
        var staff = new Http(port);
        var id = place(staff, TWENTY_TSHIRTS);
        assertThat(staff.postJson("/api/v1/orders/" + id + "/ship", "{\"carrier\": \"own-fleet\"}").status()).isEqualTo(200);
        // The first shipment captures the payment a moment later, through the outbox.
        await().atMost(Duration.ofSeconds(20)).until(() -> !staff.get("/api/v1/orders/" + id).json()
                .at("/payment/captured/amount").asString().equals("0.00"));
        var refunds = "/api/v1/orders/" + id + "/refunds";

        var aboveLimit = Http.as(port, "support").postJson(refunds, "{\"reasonCode\": \"goodwill\", \"amount\": \"250.01\"}");
        var withinLimit = Http.as(port, "support").postJson(refunds, "{\"reasonCode\": \"goodwill\", \"amount\": \"250.00\"}");
        var byLead = Http.as(port, "support-lead").postJson(refunds, "{\"reasonCode\": \"goodwill\", \"amount\": \"100.00\", "
                + "\"requestedBy\": \"someone-else\"}");

        assertThat(aboveLimit.status()).as(aboveLimit.body()).isEqualTo(403);
        assertThat(aboveLimit.json().get("type").asString()).isEqualTo("urn:order-service:problem:forbidden");
        assertThat(aboveLimit.json().get("detail").asString()).contains("support lead");
        assertThat(withinLimit.status()).as(withinLimit.body()).isEqualTo(202);
        assertThat(withinLimit.json().get("requestedBy").asString()).isEqualTo("OPERATOR:support");
        assertThat(byLead.status()).as(byLead.body()).isEqualTo(202);
        assertThat(byLead.json().get("requestedBy").asString()).as("the token's subject, not the body's").isEqualTo("OPERATOR:support-lead");
        assertThat(staff.get(refunds).json().size()).as("the refused refund left nothing").isEqualTo(2);
    }

    @Test
    void aWarehouseForSomeLocationsShipsAndCountsOnlyThere() {
        var staff = new Http(port);
        var id = place(staff, "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]");
        var west = Http.as(port, "warehouse-west");
        long version = version(id);

        var fromMain = west.postJson("/api/v1/orders/" + id + "/ship", "{\"carrier\": \"own-fleet\", \"location\": \"MAIN\"}");
        var fromAnywhere = west.postJson("/api/v1/orders/" + id + "/ship", "{\"carrier\": \"own-fleet\"}");
        var shortPick = west.postJson("/api/v1/orders/" + id + "/short-picks", "{\"location\": \"MAIN\", \"lineNumber\": 1, \"missing\": 1}");
        var countAtMain = west.send("PUT", "/api/v1/admin/stock", "{\"counts\": [{\"location\": \"MAIN\", \"sku\": \"MUG-CLASSIC\", \"onHand\": 0}]}");
        var receiptAtMain = west.postJson("/api/v1/admin/stock/receipts",
                "{\"receipts\": [{\"location\": \"MAIN\", \"sku\": \"MUG-CLASSIC\", \"units\": 1}]}");

        assertThat(java.util.List.of(fromMain, fromAnywhere, shortPick, countAtMain, receiptAtMain)).allSatisfy(refused -> {
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.json().get("type").asString()).isEqualTo("urn:order-service:problem:forbidden");
        });
        assertThat(version(id)).as("nothing changed").isEqualTo(version);
        var fromWest = west.postJson("/api/v1/orders/" + id + "/ship", "{\"carrier\": \"own-fleet\", \"location\": \"WEST\"}");
        assertThat(fromWest.status()).as("its own location gets through to the order: nothing of it is held there")
                .isEqualTo(422);
        var shipped = Http.as(port, "warehouse").postJson("/api/v1/orders/" + id + "/ship", "{\"carrier\": \"own-fleet\", "
                + "\"location\": \"MAIN\", \"shippedBy\": \"someone-else\"}");
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT actor_id FROM order_status_history WHERE order_id = ?::uuid AND to_status = 'SHIPPED'")
                .param(id).query(String.class).single()).isEqualTo("warehouse");
    }

    @Test
    void customersWriteCustomerNotesInTheirOwnNameAndNoInternalOnes() {
        var owner = Http.as(port, "customer-42");
        var id = owner.postJson("/api/v1/orders", orderJson("customer-42", "EUR", "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]",
                "tok_approve")).json().get("id").asString();
        var notes = "/api/v1/orders/" + id + "/notes";

        var internal = owner.postJson(notes, "{\"text\": \"ship it first\", \"visibility\": \"INTERNAL\"}");
        var posing = owner.postJson(notes, "{\"text\": \"please gift-wrap it\", \"operator\": \"ops-ada\"}");

        assertThat(internal.status()).as(internal.body()).isEqualTo(403);
        assertThat(posing.status()).isEqualTo(201);
        assertThat(posing.json().get("authorKind").asString()).isEqualTo("CUSTOMER");
        assertThat(posing.json().get("authorId").asString()).isEqualTo("customer-42");
        assertThat(new Http(port).get(notes).json().size()).isEqualTo(1);
    }

    @Test
    void supportCancellingForACustomerIsInTheHistoryAsItself() {
        var staff = new Http(port);
        var id = place(staff, "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]");

        assertThat(Http.as(port, "support").send("DELETE", "/api/v1/orders/" + id + "?reason=asked%20by%20phone", null).status())
                .isEqualTo(200);

        // Cancelled at once (OPERATOR:support), or, while its placement was still confirming, through the saga, whose
        // reason names who asked.
        assertThat(jdbc.sql("""
                        SELECT actor_kind || ':' || actor_id || ' ' || coalesce(reason, '') FROM order_status_history
                        WHERE order_id = ?::uuid AND to_status = 'CANCELLED'""")
                .param(id).query(String.class).list())
                .anySatisfy(row -> assertThat(row).matches("OPERATOR:support .*|.*cancelled by support: asked by phone"));
    }

    private static String place(Http http, String lines) {
        var placed = http.postJson("/api/v1/orders", orderJson("acting-" + UUID.randomUUID(), "EUR", lines, "tok_approve"));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        return placed.json().get("id").asString();
    }

    private long version(String id) {
        return jdbc.sql("SELECT version FROM orders WHERE id = ?::uuid").param(id).query(Long.class).single();
    }
}
