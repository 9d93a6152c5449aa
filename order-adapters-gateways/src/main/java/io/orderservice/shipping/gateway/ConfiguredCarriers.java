package io.orderservice.shipping.gateway;

import io.orderservice.fulfilment.application.port.out.Carriers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Carriers as configured in {@code order-service.shipping.carriers}: the warehouse prints the carrier's label
 * (booked in the carrier's own tools) and reports its tracking number, which is checked against the carrier's
 * format; for a carrier that issues none (an own fleet) the number is derived from the shipment, so asking
 * again for the same shipment gives the same number. A carrier booked through its HTTP API is another
 * adapter behind the same port (the fulfilment issue).
 */
@Component
class ConfiguredCarriers implements Carriers {

    private final CarrierProperties properties;

    ConfiguredCarriers(CarrierProperties properties) {
        this.properties = properties;
    }

    @Override
    public HandedOver handOver(Handover handover) {
        var name = handover.carrier().trim().toLowerCase(Locale.ROOT);
        var carrier = properties.carriers().get(name);
        if (carrier == null) {
            throw new HandoverRefusedException("no carrier '" + handover.carrier() + "' is configured; known: "
                    + new TreeSet<>(properties.carriers().keySet()));
        }
        var trackingNumber = handover.trackingNumber();
        if (trackingNumber == null || trackingNumber.isBlank()) {
            if (!carrier.issuesTrackingNumbers()) {
                throw new HandoverRefusedException(name + " shipments need the tracking number of the carrier's label");
            }
            trackingNumber = "OS" + handover.shipmentId().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT);
        } else if (carrier.trackingNumberPattern() != null && !carrier.trackingNumberPattern().matcher(trackingNumber).matches()) {
            throw new HandoverRefusedException("'" + trackingNumber + "' is not a " + name + " tracking number ("
                    + carrier.trackingNumberPattern() + ")");
        }
        var url = carrier.trackingUrl() == null ? null
                : carrier.trackingUrl().replace("{trackingNumber}", URLEncoder.encode(trackingNumber, StandardCharsets.UTF_8));
        return new HandedOver(name, trackingNumber, url);
    }
}
