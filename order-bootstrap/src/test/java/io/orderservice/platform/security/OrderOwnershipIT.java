package io.orderservice.platform.security;

import static io.orderservice.support.Http.orderJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Broken object level authorisation (OWASP API1), tried end to end with the demo customers' real tokens: customer 7
 * cannot read, change, cancel, pay, rate or track customer 42's order, nor find it in a list — each answer is the 404
 * of an order that does not exist, and the order is untouched — while customer 42 reaches it.
 */
@OrderServiceIntegrationTest
class OrderOwnershipIT {

    private static final String MUG = "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]";
    private static final String ADDRESS = """
            {"shippingAddress": {"recipient": "Mallory", "line1": "1 Elsewhere Road", "city": "London",
                                 "postalCode": "N1 9GU", "countryCode": "GB"}}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anotherCustomerCannotReachAnOrderInAnyWay() {
        var owner = Http.as(port, "customer-42");
        var other = Http.as(port, "customer-7");
        var placed = owner.postJson("/api/v1/orders", orderJson("customer-42", "EUR", MUG, "tok_approve"));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        var id = placed.json().get("id").asString();
        var order = "/api/v1/orders/" + id;
        long version = version(id);

        var attempts = List.of(
                other.get(order),
                other.get(order + "/status"),
                other.get(order + "/tracking"),
                other.get(order + "/refunds"),
                other.get(order + "/notes"),
                other.get(order + "/fulfilment"),
                other.send("PUT", order, ADDRESS, "If-Match", "\"" + version + "\""),
                other.send("DELETE", order, null),
                other.postJson(order + "/payment", "{\"paymentToken\": \"tok_approve\"}"),
                other.send("PUT", order + "/satisfaction", "{\"stars\": 1}"),
                other.send("POST", order + "/items", "{\"sku\": \"MUG-CLASSIC\", \"quantity\": 5}", "If-Match", "\"" + version + "\""),
                other.postJson(order + "/notes", "{\"text\": \"hello\", \"visibility\": \"CUSTOMER\"}"));

        assertThat(attempts).allSatisfy(attempt -> {
            assertThat(attempt.status()).as(attempt.body()).isEqualTo(404);
            assertThat(attempt.json().get("type").asString()).isEqualTo("urn:order-service:problem:order-not-found");
        });
        assertThat(version(id)).as("nothing changed").isEqualTo(version);
        assertThat(status(id)).isEqualTo("PAID");
        assertThat(notes(id)).isZero();

        assertThat(owner.get(order).status()).isEqualTo(200);
        assertThat(owner.get(order + "/status").status()).isEqualTo(200);
    }

    @Test
    void aCustomersListShowsOnlyTheirOwnOrdersWhateverTheFilterSays() {
        var owner = Http.as(port, "customer-42");
        var id = owner.postJson("/api/v1/orders", orderJson("customer-42", "EUR", MUG, "tok_approve")).json().get("id").asString();
        var other = Http.as(port, "customer-7");

        var ownList = other.get("/api/v1/orders?limit=100").json().get("items");
        var askedForAnother = other.get("/api/v1/orders?customerId=customer-42&limit=100").json().get("items");

        assertThat(ownList.valueStream().map(item -> item.get("customerId").asString())).doesNotContain("customer-42");
        assertThat(askedForAnother.isEmpty()).as("another customer's orders are not listed").isTrue();
        assertThat(owner.get("/api/v1/orders?limit=100").json().get("items").valueStream()
                .map(item -> item.get("id").asString())).contains(id);
        assertThat(owner.get("/api/v1/orders?limit=100").json().get("items").valueStream()
                .map(item -> item.get("customerId").asString()).distinct()).containsExactly("customer-42");
    }

    @Test
    void aCustomerReadsOnlyTheNotesVisibleToCustomersWhateverTheyAskFor() {
        var owner = Http.as(port, "customer-42");
        var id = owner.postJson("/api/v1/orders", orderJson("customer-42", "EUR", MUG, "tok_approve")).json().get("id").asString();
        var staff = new Http(port);
        staff.postJson("/api/v1/orders/" + id + "/notes", "{\"text\": \"fraud team had a look\", \"visibility\": \"INTERNAL\", \"operator\": \"op-1\"}");
        staff.postJson("/api/v1/orders/" + id + "/notes", "{\"text\": \"your parcel leaves today\", \"visibility\": \"CUSTOMER\", \"operator\": \"op-1\"}");

        var all = owner.get("/api/v1/orders/" + id + "/notes").json();
        var internal = owner.get("/api/v1/orders/" + id + "/notes?visibility=INTERNAL").json();

        assertThat(all.valueStream().map(note -> note.get("text").asString())).containsExactly("your parcel leaves today");
        assertThat(internal.isEmpty()).isTrue();
        assertThat(staff.get("/api/v1/orders/" + id + "/notes").json().size()).as("staff see both").isEqualTo(2);
    }

    @Test
    void aCustomerCannotPlaceAnOrderInAnotherCustomersName() {
        long before = jdbc.sql("SELECT count(*) FROM orders WHERE customer_id = 'customer-7'").query(Long.class).single();

        var placed = Http.as(port, "customer-42").postJson("/api/v1/orders", orderJson("customer-7", "EUR", MUG, "tok_approve"));

        assertThat(placed.status()).isEqualTo(403);
        assertThat(placed.json().get("type").asString()).isEqualTo("urn:order-service:problem:forbidden");
        assertThat(jdbc.sql("SELECT count(*) FROM orders WHERE customer_id = 'customer-7'").query(Long.class).single())
                .isEqualTo(before);
    }

    private long version(String id) {
        return jdbc.sql("SELECT version FROM orders WHERE id = ?::uuid").param(id).query(Long.class).single();
    }

    private String status(String id) {
        return jdbc.sql("SELECT status FROM orders WHERE id = ?::uuid").param(id).query(String.class).single();
    }

    private long notes(String id) {
        return jdbc.sql("SELECT count(*) FROM order_note WHERE order_id = ?::uuid").param(id).query(Long.class).single();
    }
}
