package io.orderservice.cart;

import static io.orderservice.support.KafkaRecords.documentedFields;
import static io.orderservice.support.KafkaRecords.fieldNames;
import static io.orderservice.support.KafkaRecords.header;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.cart.application.port.in.SweepIdleCartsUseCase;
import io.orderservice.support.Http;
import io.orderservice.support.KafkaRecords;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Idle carts against PostgreSQL and Kafka (docs/carts.md, "Idle carts"): an open cart left alone past the idle time is
 * found abandoned once, as cart.abandoned.v1 on the cart events topic; a change starts a new idle spell; anonymous carts
 * expire; old carts are purged. The sweep is called as its schedule calls it, with carts made idle in the database.
 */
@OrderServiceIntegrationTest
@EmbeddedKafka
@TestPropertySource(properties = {
        "spring.modulith.events.externalization.enabled=true",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}"})
class IdleCartsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SweepIdleCartsUseCase sweep;

    @Test
    void aCartLeftAloneIsFoundAbandonedOnceAnonymousCartsExpireAndOldCartsArePurged() throws Exception {
        var sku = sku();
        jdbc.sql("UPDATE cart SET status = 'CHECKED_OUT', order_id = gen_random_uuid() WHERE customer_id = 'customer-7' "
                + "AND status IN ('OPEN', 'CHECKING_OUT')").update();
        var customer = Http.as(port, "customer-7");
        var cartId = customer.postJson("/api/v1/carts", "{\"currency\": \"EUR\", \"country\": \"GB\"}").json().get("id").asString();
        var added = customer.postJson("/api/v1/carts/" + cartId + "/lines", "{\"sku\": \"" + sku + "\", \"quantity\": 2}");
        assertThat(added.status()).isEqualTo(200);
        var storefront = Http.as(port, "storefront");
        var anonymousId = storefront.postJson("/api/v1/carts", "{\"currency\": \"EUR\", \"country\": \"GB\"}").json().get("id").asString();
        var fresh = storefront.postJson("/api/v1/carts", "{\"currency\": \"EUR\", \"country\": \"GB\"}").json().get("id").asString();
        idleFor(cartId, Duration.ofHours(5));
        idleFor(anonymousId, Duration.ofDays(8));

        var swept = sweep.sweep();

        assertThat(swept.abandoned()).isPositive();
        assertThat(swept.expired()).isPositive();
        assertThat(abandonedAt(cartId)).as("found abandoned").isNotNull();
        var events = KafkaRecords.records(broker, "cart-events", record -> cartId.equals(record.key()), 1);
        assertThat(header(events.get(0), "ce_type")).isEqualTo("cart.abandoned.v1");
        var abandoned = JSON.readTree(events.get(0).value());
        assertThat(fieldNames(abandoned)).isEqualTo(documentedFields("cartAbandonedV1"));
        assertThat(abandoned.get("customerId").asString()).isEqualTo("customer-7");
        assertThat(abandoned.at("/lines/0/sku").asString()).isEqualTo(sku);
        assertThat(abandoned.at("/lines/0/quantity").asInt()).isEqualTo(2);
        // 20.00 + 4.95 shipping + 20 % VAT (4.99), estimated for GB
        assertThat(abandoned.at("/total/amount").asString()).isEqualTo("29.94");
        assertThat(storefront.get("/api/v1/carts/" + anonymousId).status()).as("expired").isEqualTo(404);
        assertThat(storefront.get("/api/v1/carts/" + fresh).status()).as("not idle").isEqualTo(200);

        var foundAt = abandonedAt(cartId);
        sweep.sweep();
        assertThat(abandonedAt(cartId)).as("once per idle spell: not found again").isEqualTo(foundAt);
        customer.postJson("/api/v1/carts/" + cartId + "/lines", "{\"sku\": \"" + sku + "\", \"quantity\": 1}");
        assertThat(abandonedAt(cartId)).as("a change starts a new idle spell").isNull();

        idleFor(cartId, Duration.ofDays(91));
        assertThat(sweep.sweep().purged()).isPositive();
        assertThat(customer.get("/api/v1/carts/" + cartId).status()).as("purged").isEqualTo(404);
    }

    private void idleFor(String cartId, Duration idle) {
        jdbc.sql("UPDATE cart SET updated_at = ? WHERE id = ?::uuid").params(Timestamp.from(Instant.now().minus(idle)), cartId)
                .update();
    }

    private Instant abandonedAt(String cartId) {
        var at = jdbc.sql("SELECT abandoned_at FROM cart WHERE id = ?::uuid").param(cartId)
                .query((row, n) -> row.getTimestamp(1)).list().get(0);
        return at == null ? null : at.toInstant();
    }

    private String sku() {
        var sku = "IDLE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.sql("INSERT INTO catalog_product (sku, name) VALUES (?, 'Idle goods')").param(sku).update();
        jdbc.sql("INSERT INTO catalog_price (sku, currency, unit_price_minor) VALUES (?, 'EUR', 1000)").param(sku).update();
        jdbc.sql("INSERT INTO stock_level (warehouse_code, sku, on_hand) VALUES ('MAIN', ?, 100)").param(sku).update();
        return sku;
    }
}
