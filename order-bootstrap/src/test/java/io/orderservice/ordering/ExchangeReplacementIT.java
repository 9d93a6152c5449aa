package io.orderservice.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderservice.ordering.application.port.in.PlaceOrderCommand;
import io.orderservice.ordering.application.port.in.PlaceOrderCommand.Replacement;
import io.orderservice.ordering.application.port.in.PlaceOrderUseCase;
import io.orderservice.ordering.application.port.in.returns.ReleaseReplacementUseCase;
import io.orderservice.ordering.domain.ExchangeCredit;
import io.orderservice.ordering.domain.price.ShippingChoice;
import io.orderservice.shared.Address;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentToken;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.Sku;
import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An exchange's replacement order, placed as the returns capability places it (docs/returns.md, "Exchanges"): the
 * return pays part of it, or all of it, and the card the rest, through the placement saga against PostgreSQL; it does
 * not ship before the return arrives, and its shipment takes only the card's part.
 */
@OrderServiceIntegrationTest
class ExchangeReplacementIT {

    private static final Address LONDON = new Address("Ada Lovelace", "12 Analytical Way", null, "London", null, "N1 9GU", "GB");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlaceOrderUseCase placeOrder;
    @Autowired
    ReleaseReplacementUseCase replacements;

    @BeforeEach
    void catalog() {
        jdbc.sql("INSERT INTO catalog_product (sku, name) VALUES ('EXR-TEE-M', 'T-shirt M') ON CONFLICT DO NOTHING").update();
        jdbc.sql("INSERT INTO catalog_price (sku, currency, unit_price_minor) VALUES ('EXR-TEE-M', 'EUR', 2000) ON CONFLICT DO NOTHING")
                .update();
        jdbc.sql("""
                INSERT INTO stock_level (warehouse_code, sku, on_hand) VALUES ('MAIN', 'EXR-TEE-M', 100000)
                ON CONFLICT (warehouse_code, sku) DO NOTHING""").update();
    }

    @Test
    void aReplacementTheReturnPaysInFullTakesNoPaymentAndShipsOnceTheReturnArrived() {
        // 20.00 + 4.95 shipping + 20 % VAT = 29.94; the return is worth more
        var returnId = UUID.randomUUID();
        var placed = placeOrder.place(replacement(new ExchangeCredit(Money.of(4_000, "EUR"), returnId, OrderId.newId()), false));
        var orderId = placed.order().id().toString();

        assertThat(placed.order().status().name()).isEqualTo("PAID");
        assertThat(placed.order().exchange().credit()).isEqualTo(Money.of(2_994, "EUR"));
        assertThat(placed.order().exchange().amountDue().isZero()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM payment WHERE order_id = ?::uuid").param(orderId).query(Integer.class).single())
                .as("nothing was asked of a gateway").isZero();
        var http = new Http(port);
        await().atMost(Duration.ofSeconds(20)).until(() -> !http.get("/api/v1/orders/" + orderId).json().at("/status").asString()
                .equals("AWAITING_PAYMENT"));
        assertThat(http.get("/api/v1/orders/" + orderId).json().at("/exchange/awaitsReturn").asBoolean()).isTrue();

        var tooEarly = http.send("POST", "/api/v1/orders/" + orderId + "/ship", "{\"carrier\": \"own-fleet\"}");
        assertThat(tooEarly.status()).as(tooEarly.body()).isEqualTo(409);
        assertThat(tooEarly.json().get("type").asString()).isEqualTo("urn:order-service:problem:awaits-return");
        assertThat(tooEarly.json().get("returnId").asString()).isEqualTo(returnId.toString());

        replacements.returnArrived(placed.order().id(), null);
        var shipped = http.send("POST", "/api/v1/orders/" + orderId + "/ship", "{\"carrier\": \"own-fleet\"}");
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(200);
        assertThat(shipped.json().get("status").asString()).isEqualTo("SHIPPED");
        assertThat(shipped.json().at("/payment/captured/amount").asString()).isEqualTo("0.00");
        assertThat(shipped.json().get("history").toString()).contains("arrived: it may ship");
    }

    @Test
    void aReplacementDearerThanTheReturnAuthorisesAndCapturesOnlyTheDifferenceAndATrustedOneShipsAtOnce() {
        var placed = placeOrder.place(replacement(new ExchangeCredit(Money.of(1_000, "EUR"), UUID.randomUUID(), OrderId.newId()),
                true));
        var orderId = placed.order().id().toString();

        assertThat(placed.order().status().name()).isEqualTo("PAID");
        assertThat(placed.order().exchange().amountDue()).as("29.94 less the 10.00 the return pays").isEqualTo(Money.of(1_994, "EUR"));
        assertThat(jdbc.sql("SELECT amount_minor FROM payment WHERE order_id = ?::uuid").param(orderId).query(Long.class).single())
                .isEqualTo(1_994L);
        var shipped = new Http(port).send("POST", "/api/v1/orders/" + orderId + "/ship", "{\"carrier\": \"own-fleet\"}");
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT captured_minor FROM payment WHERE order_id = ?::uuid").param(orderId).query(Long.class)
                .single()).isEqualTo(1_994L);
    }

    private static PlaceOrderCommand replacement(ExchangeCredit credit, boolean shipsAtOnce) {
        return new PlaceOrderCommand(new CustomerId("customer-exchange-" + UUID.randomUUID()), Currency.getInstance("EUR"),
                List.of(new PlaceOrderCommand.Line(new Sku("EXR-TEE-M"), Quantity.of(1))), LONDON, PaymentMethodType.CARD,
                new PaymentToken("tok_approve"), null, null, Set.of(), ShippingChoice.CHEAPEST, null, null,
                new Replacement(credit, shipsAtOnce));
    }
}
