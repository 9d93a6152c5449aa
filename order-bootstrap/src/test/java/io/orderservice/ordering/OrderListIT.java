package io.orderservice.ordering;

import static io.orderservice.support.Http.orderJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** GET /orders over HTTP against PostgreSQL: filters, sorts, and keyset pages that never repeat or skip. */
@OrderServiceIntegrationTest
class OrderListIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void pagesReturnEveryOrderExactlyOnceWhileNewOrdersArePlaced() {
        var customer = customer();
        var placedBefore = new ArrayList<String>();
        for (int i = 0; i < 13; i++) {
            placedBefore.add(place(customer, "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_approve"));
        }

        var seen = new ArrayList<String>();
        String next = "/api/v1/orders?customerId=" + customer + "&limit=4";
        int pages = 0;
        while (next != null) {
            var page = http.get(next);
            assertThat(page.status()).isEqualTo(200);
            page.json().get("items").valueStream().forEach(item -> seen.add(item.get("id").asString()));
            // Someone places another order between two pages.
            place(customer, "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_approve");
            next = page.json().get("next").isNull() ? null : page.json().get("next").asString();
            pages++;
        }

        assertThat(pages).isEqualTo(4);
        assertThat(new HashSet<>(seen)).as("no order twice").hasSameSizeAs(seen);
        var newestFirst = new ArrayList<>(placedBefore);
        Collections.reverse(newestFirst);
        assertThat(seen).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void filtersAndSortsNarrowAndOrderTheList() {
        var customer = customer();
        var small = place(customer, "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_approve");
        var large = place(customer, "[{\"sku\": \"HOODIE-GRY-M\", \"quantity\": 2}]", "tok_approve");
        var declined = http.postJson("/api/v1/orders", orderJson(customer, "EUR", "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 2}]",
                "tok_decline")).json().get("orderId").asString();

        assertThat(ids("/api/v1/orders?customerId=" + customer + "&status=PAYMENT_FAILED")).containsExactly(declined);
        assertThat(ids("/api/v1/orders?customerId=" + customer + "&status=PAID&status=PAYMENT_FAILED")).hasSize(3);
        assertThat(ids("/api/v1/orders?customerId=" + customer + "&sku=HOODIE-GRY-M")).containsExactly(large);
        assertThat(ids("/api/v1/orders?customerId=" + customer + "&currency=EUR&sort=total&status=PAID"))
                .containsExactly(small, large);
        assertThat(ids("/api/v1/orders?customerId=" + customer + "&currency=EUR&sort=-total&status=PAID"))
                .containsExactly(large, small);
        assertThat(ids("/api/v1/orders?customerId=" + customer + "&currency=EUR&minTotal=50")).containsExactly(large);
        assertThat(ids("/api/v1/orders?customerId=" + customer + "&sort=created")).containsExactly(small, large, declined);
        assertThat(ids("/api/v1/orders?customerId=" + customer + "&createdFrom=2000-01-01T00:00:00Z&createdTo=2001-01-01T00:00:00Z"))
                .isEmpty();
        assertThat(ids("/api/v1/orders?customerId=" + customer + "&sort=status&limit=1")).hasSize(1);
    }

    @Test
    void aCursorFromAnotherListAndContradictoryFiltersAreRefused() {
        var customer = customer();
        place(customer, "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_approve");
        place(customer, "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_approve");
        var next = http.get("/api/v1/orders?customerId=" + customer + "&limit=1").json().get("next").asString();
        var cursor = next.substring(next.indexOf("cursor=") + "cursor=".length());

        var otherList = http.get("/api/v1/orders?customerId=" + customer + "&sort=created&limit=1&cursor=" + cursor);
        assertThat(otherList.status()).isEqualTo(400);
        assertThat(otherList.json().get("type").asString()).isEqualTo("urn:order-service:problem:invalid-cursor");
        assertThat(http.get("/api/v1/orders?cursor=not-a-cursor").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/orders?sort=price").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/orders?minTotal=10").status()).as("a total needs its currency").isEqualTo(422);
        assertThat(http.get("/api/v1/orders?sort=total").status()).isEqualTo(422);
        assertThat(http.get("/api/v1/orders?status=LOST").status()).isEqualTo(400);
    }

    private List<String> ids(String path) {
        var response = http.get(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        JsonNode items = response.json().get("items");
        return items.valueStream().map(item -> item.get("id").asString()).toList();
    }

    private String place(String customer, String lines, String token) {
        var placed = http.postJson("/api/v1/orders", orderJson(customer, "EUR", lines, token));
        assertThat(placed.status()).isEqualTo(201);
        return placed.json().get("id").asString();
    }

    private static String customer() {
        return "list-" + UUID.randomUUID();
    }
}
