package io.orderservice.ordering;

import static io.orderservice.support.Http.orderJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import io.orderservice.support.Tokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Notes on an order over HTTP against PostgreSQL: customer-visible and internal, kept as written. */
@OrderServiceIntegrationTest
class OrderNotesIT {

    @LocalServerPort
    int port;

    @Test
    void customerAndInternalNotesAreKeptAndListedByVisibility() {
        var http = new Http(port);
        var customer = "notes-" + UUID.randomUUID();
        var orderId = http.postJson("/api/v1/orders", orderJson(customer, "EUR", "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]",
                "tok_approve")).json().get("id").asString();
        var notes = "/api/v1/orders/" + orderId + "/notes";

        var toCustomer = http.postJson(notes, "{\"text\": \"  Please gift-wrap it  \"}");
        var internal = http.postJson(notes, "{\"text\": \"VIP, ship first\", \"visibility\": \"INTERNAL\", \"operator\": \"ops-ada\"}");

        assertThat(toCustomer.status()).isEqualTo(201);
        assertThat(toCustomer.json().get("authorKind").asString()).isEqualTo("OPERATOR");
        assertThat(toCustomer.json().get("authorId").asString()).as("the author is the token's subject").isEqualTo(Tokens.STAFF);
        assertThat(toCustomer.json().get("text").asString()).isEqualTo("Please gift-wrap it");
        assertThat(internal.status()).isEqualTo(201);
        assertThat(internal.json().get("authorId").asString()).as("not what the body says").isEqualTo(Tokens.STAFF);

        var forTheCustomer = http.get(notes + "?visibility=CUSTOMER").json();
        assertThat(forTheCustomer.valueStream().map(note -> note.get("text").asString())).containsExactly("Please gift-wrap it");
        assertThat(http.get(notes).json().size()).isEqualTo(2);

        assertThat(http.postJson(notes, "{\"text\": \"\"}").status()).isEqualTo(400);
        assertThat(http.postJson("/api/v1/orders/" + UUID.randomUUID() + "/notes", "{\"text\": \"hello\"}").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/orders/" + UUID.randomUUID() + "/notes").status()).isEqualTo(404);
    }
}
