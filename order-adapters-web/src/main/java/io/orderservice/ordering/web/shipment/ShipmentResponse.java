package io.orderservice.ordering.web.shipment;

import io.orderservice.ordering.application.port.in.fulfilment.ShipmentView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(description = "Goods that left together, with the carrier's tracking number")
public record ShipmentResponse(UUID id, @Schema(example = "dhl") String carrier, @Schema(example = "JD014600006281") String trackingNumber,
                               @Schema(description = "Where the customer follows it; null when the carrier has no public tracking")
                               String trackingUrl, List<ShippedLineResponse> lines, Instant shippedAt,
                               @Schema(description = "The stock location it left from; null when not recorded", example = "MAIN")
                               String location,
                               @Schema(description = "When the carrier reported it delivered; null while on its way") Instant deliveredAt) {

    public static ShipmentResponse from(ShipmentView shipment) {
        return new ShipmentResponse(shipment.id(), shipment.carrier(), shipment.trackingNumber(), shipment.trackingUrl(),
                shipment.lines().stream().map(line -> new ShippedLineResponse(line.lineNumber(), line.quantity())).toList(),
                shipment.shippedAt(), shipment.location(), shipment.deliveredAt());
    }

    public record ShippedLineResponse(int lineNumber, int quantity) {
    }
}
