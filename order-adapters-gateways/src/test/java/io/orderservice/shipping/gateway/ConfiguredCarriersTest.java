package io.orderservice.shipping.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.fulfilment.application.port.out.Carriers.Handover;
import io.orderservice.fulfilment.application.port.out.Carriers.HandoverRefusedException;
import io.orderservice.shared.Address;
import io.orderservice.shared.OrderId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConfiguredCarriersTest {

    private static final Address TO = new Address("Ada Lovelace", "12 Analytical Way", null, "London", null, "N1 9GU", "GB");

    private final ConfiguredCarriers carriers = new ConfiguredCarriers(new CarrierProperties(Map.of(
            "ups", new CarrierProperties.Carrier("1Z[0-9A-Z]{16}", "https://ups.example/track?n={trackingNumber}", null, null, null),
            "own-fleet", new CarrierProperties.Carrier(null, null, true, null, null))));

    @Test
    void aLabelsTrackingNumberIsCheckedAndGetsItsTrackingUrl() {
        var handedOver = carriers.handOver(new Handover(OrderId.newId(), UUID.randomUUID(), "UPS", "1Z999AA10123456784", TO));

        assertThat(handedOver.carrier()).isEqualTo("ups");
        assertThat(handedOver.trackingNumber()).isEqualTo("1Z999AA10123456784");
        assertThat(handedOver.trackingUrl()).isEqualTo("https://ups.example/track?n=1Z999AA10123456784");
    }

    @Test
    void aNumberThatIsNotTheCarriersOrAnUnknownCarrierIsRefused() {
        assertThatThrownBy(() -> carriers.handOver(new Handover(OrderId.newId(), UUID.randomUUID(), "ups", "12345", TO)))
                .isInstanceOf(HandoverRefusedException.class).hasMessageContaining("not a ups tracking number");
        assertThatThrownBy(() -> carriers.handOver(new Handover(OrderId.newId(), UUID.randomUUID(), "pigeon", "1", TO)))
                .isInstanceOf(HandoverRefusedException.class).hasMessageContaining("known: [own-fleet, ups]");
        assertThatThrownBy(() -> carriers.handOver(new Handover(OrderId.newId(), UUID.randomUUID(), "ups", null, TO)))
                .isInstanceOf(HandoverRefusedException.class).hasMessageContaining("need the tracking number");
    }

    @Test
    void anOwnFleetGetsTheSameIssuedNumberForTheSameShipment() {
        var shipment = UUID.randomUUID();
        var first = carriers.handOver(new Handover(OrderId.newId(), shipment, "own-fleet", null, TO));
        var again = carriers.handOver(new Handover(OrderId.newId(), shipment, "own-fleet", null, TO));

        assertThat(first.trackingNumber()).startsWith("OS").hasSize(18).isEqualTo(again.trackingNumber());
        assertThat(first.trackingUrl()).isNull();
    }
}
