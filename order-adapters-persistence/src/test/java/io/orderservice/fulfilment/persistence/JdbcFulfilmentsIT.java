package io.orderservice.fulfilment.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.fulfilment.domain.Fulfilment;
import io.orderservice.fulfilment.domain.Shipment;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Quantity;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An order's shipments on PostgreSQL: what is recorded comes back as it was, lines and delivery included. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(JdbcFulfilments.class)
class JdbcFulfilmentsIT {

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Autowired
    JdbcFulfilments fulfilments;
    @Autowired
    JdbcClient jdbc;

    @Test
    void shipmentsComeBackAsRecordedOldestFirstAndADeliveryIsStoredOnce() {
        var orderId = order();
        assertThat(fulfilments.of(orderId).shipments()).as("nothing has left yet").isEmpty();
        var later = new Shipment(UUID.randomUUID(), "ups", "1Z1", null, List.of(new Shipment.ShippedLine(2, Quantity.of(1))),
                NOW.plusSeconds(60), null);
        var first = new Shipment(UUID.randomUUID(), "dhl", "JD1", "https://dhl.example/JD1",
                List.of(new Shipment.ShippedLine(1, Quantity.of(2)), new Shipment.ShippedLine(3, Quantity.of(1))), NOW, "MAIN");
        var recording = fulfilments.of(orderId);
        recording.record(later);
        recording.record(first);
        fulfilments.save(recording);

        var read = fulfilments.of(orderId);
        assertThat(read.shipments()).containsExactly(first, later);

        read.deliver(first.id(), NOW.plusSeconds(3600));
        fulfilments.save(read);

        assertThat(fulfilments.of(orderId).shipments()).containsExactly(first.deliveredAt(NOW.plusSeconds(3600)), later);
        assertThat(fulfilments.of(orderId).recordedSinceLoaded()).isEmpty();
        assertThat(fulfilments.of(new OrderId(UUID.randomUUID())).shipments()).isEmpty();
    }

    private OrderId order() {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO orders (id, customer_id, status, currency, subtotal_minor, discount_minor, tax_minor,
                          shipping_minor, grand_total_minor, ship_to_recipient, ship_to_line1, ship_to_city,
                          ship_to_postal_code, ship_to_country, placed_at, updated_at, version)
                        VALUES (?, 'c-1', 'PARTIALLY_SHIPPED', 'EUR', 1000, 0, 0, 0, 1000, 'Ada', '1 Way', 'London', 'N1 9GU', 'GB', ?, ?, 0)""")
                .params(id, java.sql.Timestamp.from(NOW), java.sql.Timestamp.from(NOW)).update();
        return new OrderId(id);
    }
}
