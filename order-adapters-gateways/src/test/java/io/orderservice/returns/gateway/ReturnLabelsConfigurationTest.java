package io.orderservice.returns.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The label adapter the settings choose, bound from the keys docs/adapters/carriers.md gives. */
class ReturnLabelsConfigurationTest {

    static final Map<String, String> CARRIER = Map.of(
            "order-service.returns.labels.carrier", "usps",
            "order-service.returns.labels.base-url", "https://api.goshippo.com",
            "order-service.returns.labels.api-key", "shippo_live_x",
            "order-service.returns.labels.return-to.recipient", "Returns, Example Shop",
            "order-service.returns.labels.return-to.line1", "215 Clayton St.",
            "order-service.returns.labels.return-to.city", "San Francisco",
            "order-service.returns.labels.return-to.region", "CA",
            "order-service.returns.labels.return-to.postal-code", "94117",
            "order-service.returns.labels.return-to.country-code", "US");

    @Test
    void aShippoCarrierAccountChoosesShippoWithItsParcelAndLookBack() {
        var settings = new HashMap<>(CARRIER);
        settings.put("order-service.returns.labels.shippo.carrier-account", "b741b99f95e841639b54272834bc478c");
        settings.put("order-service.returns.labels.shippo.servicelevel-token", "usps_ground_advantage");
        settings.put("order-service.returns.labels.shippo.parcel.length", "12");
        settings.put("order-service.returns.labels.shippo.parcel.width", "9");
        settings.put("order-service.returns.labels.shippo.parcel.height", "4");
        settings.put("order-service.returns.labels.shippo.parcel.distance-unit", "in");
        settings.put("order-service.returns.labels.shippo.parcel.weight", "3.5");
        settings.put("order-service.returns.labels.shippo.parcel.mass-unit", "lb");
        settings.put("order-service.returns.labels.shippo.look-back", "7d");
        var binder = new Binder(new MapConfigurationPropertySource(settings));
        var shippo = binder.bindOrCreate("order-service.returns.labels.shippo", ShippoLabelProperties.class);

        assertThat(shippo.parcel().weight()).isEqualByComparingTo(new BigDecimal("3.5"));
        assertThat(shippo.lookBack()).isEqualTo(Duration.ofDays(7));
        assertThat(chosen(binder, shippo)).isInstanceOf(ShippoReturnLabels.class);
    }

    @Test
    void withoutAShippoCarrierAccountTheCarriersLabelApiIsUsed() {
        var binder = new Binder(new MapConfigurationPropertySource(CARRIER));
        var shippo = binder.bindOrCreate("order-service.returns.labels.shippo", ShippoLabelProperties.class);

        assertThat(shippo.parcel()).isEqualTo(ShippoLabelProperties.Parcel.SHOE_BOX);
        assertThat(chosen(binder, shippo)).isInstanceOf(HttpReturnLabels.class);
    }

    @Test
    void aShippoCarrierAccountWithoutAServiceLevelIsRefusedAtStart() {
        var binder = new Binder(new MapConfigurationPropertySource(
                Map.of("order-service.returns.labels.shippo.carrier-account", "b741b99f95e841639b54272834bc478c")));

        assertThatThrownBy(() -> binder.bindOrCreate("order-service.returns.labels.shippo", ShippoLabelProperties.class))
                .isInstanceOf(BindException.class).hasRootCauseMessage("labels bought through Shippo need a servicelevel-token");
    }

    @Test
    void shippoWithoutALabelCarrierIsRefusedAtStart() {
        var shippo = new ShippoLabelProperties("b741b99f95e841639b54272834bc478c", "usps_priority", null, null, null);
        var noCarrier = new Binder(new MapConfigurationPropertySource(Map.of("order-service.returns.labels.read-timeout", "5s")));

        assertThatThrownBy(() -> chosen(noCarrier, shippo)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("order-service.returns.labels.carrier");
    }

    private static Object chosen(Binder binder, ShippoLabelProperties shippo) {
        var labels = binder.bindOrCreate("order-service.returns.labels", ReturnLabelProperties.class);
        return new ReturnLabelsConfiguration().returnLabels(labels, shippo, Clock.systemUTC());
    }
}
