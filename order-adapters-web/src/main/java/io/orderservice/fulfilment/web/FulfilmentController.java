package io.orderservice.fulfilment.web;

import io.orderservice.fulfilment.application.port.in.GetFulfilmentQuery;
import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.ordering.web.shipment.ShipmentResponse;
import io.orderservice.shared.OrderId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** How an order is being fulfilled: its groups by stock location, what has shipped from each, and their shipments. */
@RestController
@RequestMapping(path = "/api/v1/orders/{orderId}/fulfilment", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Orders")
class FulfilmentController {

    private final GetFulfilmentQuery fulfilment;

    FulfilmentController(GetFulfilmentQuery fulfilment) {
        this.fulfilment = fulfilment;
    }

    record FulfilmentResponse(UUID orderId, OrderStatus status, List<GroupResponse> groups,
                              @Schema(description = "Units that waited or wait for a restock (SKUs that may be backordered)")
                              List<BackorderResponse> backorders) {
    }

    @Schema(description = "Units of a SKU promised beyond the stock; filled units are held in a group now")
    record BackorderResponse(@Schema(example = "POSTER-A2") String sku, int quantity,
                             @Schema(description = "Units restocks have reserved for the order so far") int filled,
                             @Schema(description = "Units still waiting") int waiting,
                             @Schema(description = "When the SKU's restock is expected, when known")
                             LocalDate restockExpected,
                             Instant since) {
    }

    @Schema(description = "The units held at one stock location, shipped as one or more shipments from there")
    record GroupResponse(@Schema(example = "MAIN") String location,
                         @Schema(description = "A supplier ships it to the customer directly") boolean dropShip,
                         @Schema(description = "Every unit of the group has shipped") boolean shipped,
                         List<GroupLineResponse> lines, List<ShipmentResponse> shipments) {
    }

    record GroupLineResponse(int lineNumber, String sku, int quantity, int shipped) {
    }

    @GetMapping
    @Operation(summary = "How an order is being fulfilled",
            description = "One group per stock location holding the order's units (split when no one location held them all; "
                    + "docs/fulfilment.md), with what has shipped from each and their shipments, and the units that wait for a "
                    + "restock (backorders). Empty before stock is held.")
    @ApiResponse(responseCode = "200", description = "The groups")
    @ApiResponse(responseCode = "404", description = "No such order",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    FulfilmentResponse get(@PathVariable UUID orderId) {
        var found = fulfilment.fulfilment(new OrderId(orderId));
        return new FulfilmentResponse(orderId, found.status(), found.groups().stream().map(group -> new GroupResponse(
                group.location(), group.dropShip(), group.shipped(),
                group.lines().stream().map(line -> new GroupLineResponse(line.lineNumber(), line.sku().value(), line.quantity(),
                        line.shipped())).toList(),
                group.shipments().stream().map(ShipmentResponse::from).toList())).toList(),
                found.backorders().stream().map(backorder -> new BackorderResponse(backorder.sku().value(), backorder.quantity(),
                        backorder.filled(), backorder.waiting(), backorder.restockExpected(), backorder.since())).toList());
    }
}
