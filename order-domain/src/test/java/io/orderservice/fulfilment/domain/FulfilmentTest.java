package io.orderservice.fulfilment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.fulfilment.domain.Fulfilment.Delivery;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Quantity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An order's parcels: each recorded once, delivered once, and the order told when the last one arrives. */
class FulfilmentTest {

    static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    static Shipment shipment(String trackingNumber) {
        return new Shipment(UUID.randomUUID(), "dhl", trackingNumber, null,
                List.of(new Shipment.ShippedLine(1, Quantity.of(1))), NOW, "MAIN");
    }

    @Test
    void aShipmentIsRecordedOnceAndStoringWritesOnlyWhatIsNew() {
        var stored = shipment("JD1");
        var fulfilment = Fulfilment.of(OrderId.newId(), List.of(stored));
        var next = shipment("JD2");

        fulfilment.record(next);

        assertThat(fulfilment.shipments()).containsExactly(stored, next);
        assertThat(fulfilment.recordedSinceLoaded()).containsExactly(next);
        assertThatThrownBy(() -> fulfilment.record(next)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void itCountsTheUnitsOfALineThatLeftFromALocationOverAllShipmentsRecordedOrStored() {
        var fromMain = new Shipment(UUID.randomUUID(), "dhl", "JD1", null,
                List.of(new Shipment.ShippedLine(1, Quantity.of(2)), new Shipment.ShippedLine(2, Quantity.of(1))), NOW, "MAIN");
        var fromWest = new Shipment(UUID.randomUUID(), "dhl", "JD2", null, List.of(new Shipment.ShippedLine(1, Quantity.of(3))),
                NOW, "WEST");
        var unplaced = new Shipment(UUID.randomUUID(), "dhl", "JD3", null, List.of(new Shipment.ShippedLine(1, Quantity.of(4))),
                NOW);
        var fulfilment = Fulfilment.of(OrderId.newId(), List.of(fromMain, unplaced));
        var again = new Shipment(UUID.randomUUID(), "dhl", "JD4", null, List.of(new Shipment.ShippedLine(1, Quantity.of(1))),
                NOW, "MAIN");
        fulfilment.record(fromWest);
        fulfilment.record(again);

        assertThat(fulfilment.shippedFrom("MAIN", 1)).isEqualTo(3);
        assertThat(fulfilment.shippedFrom("MAIN", 2)).isEqualTo(1);
        assertThat(fulfilment.shippedFrom("WEST", 1)).isEqualTo(3);
        assertThat(fulfilment.shippedFrom("EAST", 1)).isZero();
        assertThat(fulfilment.hasShipment(again.id())).isTrue();
        assertThat(fulfilment.hasShipment(unplaced.id())).isTrue();
        assertThat(fulfilment.hasShipment(UUID.randomUUID())).isFalse();
    }

    @Test
    void theOrderIsToldEveryShipmentIsDeliveredOnlyWithTheLastAndARepeatedReportChangesNothing() {
        var first = shipment("JD1");
        var second = shipment("JD2");
        var fulfilment = Fulfilment.of(OrderId.newId(), List.of(first, second));

        assertThat(fulfilment.deliver(first.id(), NOW.plusSeconds(60))).contains(new Delivery(false, 2));
        assertThat(fulfilment.deliver(first.id(), NOW.plusSeconds(90))).as("reported twice").isEmpty();
        assertThat(fulfilment.deliver(second.id(), NOW.plusSeconds(120))).contains(new Delivery(true, 2));

        assertThat(fulfilment.deliveredSinceLoaded()).extracting(Shipment::deliveredAt)
                .containsExactly(NOW.plusSeconds(60), NOW.plusSeconds(120));
        assertThatThrownBy(() -> fulfilment.deliver(UUID.randomUUID(), NOW)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aShipmentDeliveredBeforeItIsStoredIsStoredDelivered() {
        var fulfilment = Fulfilment.of(OrderId.newId(), List.of());
        var parcel = shipment("JD1");
        fulfilment.record(parcel);

        fulfilment.deliver(parcel.id(), NOW.plusSeconds(5));

        assertThat(fulfilment.recordedSinceLoaded()).singleElement().extracting(Shipment::deliveredAt).isEqualTo(NOW.plusSeconds(5));
        assertThat(fulfilment.deliveredSinceLoaded()).isEmpty();
    }
}
