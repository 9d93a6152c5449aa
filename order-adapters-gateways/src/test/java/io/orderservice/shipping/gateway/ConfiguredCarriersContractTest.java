package io.orderservice.shipping.gateway;

import io.orderservice.fulfilment.application.port.out.Carriers;
import io.orderservice.fulfilment.kit.CarriersContract;
import java.util.Map;
import java.util.Optional;

/** The configured carriers pass the carriers kit, with a label carrier and an own fleet. */
class ConfiguredCarriersContractTest extends CarriersContract {

    @Override
    protected Carriers carriers() {
        return new ConfiguredCarriers(new CarrierProperties(Map.of(
                "ups", new CarrierProperties.Carrier("1Z[0-9A-Z]{16}", "https://ups.example/track?n={trackingNumber}", null,
                        null, null),
                "own-fleet", new CarrierProperties.Carrier(null, null, true, null, null))));
    }

    @Override
    protected LabelCarrier labelCarrier() {
        return new LabelCarrier("ups", "1Z999AA10123456784", "JVGL0599000123");
    }

    @Override
    protected Optional<String> issuingCarrier() {
        return Optional.of("own-fleet");
    }
}
