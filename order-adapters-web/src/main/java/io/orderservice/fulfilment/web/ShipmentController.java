package io.orderservice.fulfilment.web;

import static io.orderservice.shared.web.ProblemTypes.problem;

import io.orderservice.fulfilment.application.port.in.CarrierRefusedException;
import io.orderservice.fulfilment.application.port.in.ShipOrderUseCase.ShipOrderCommand;
import io.orderservice.fulfilment.application.port.in.ShipOrderUseCase;
import io.orderservice.ordering.web.OrderResponse;
import io.orderservice.ordering.web.OrderVersions;
import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.RequestKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The warehouse reports goods leaving (from its own locations if its token names them). */
@RestController
@RequestMapping(path = "/api/v1/orders/{orderId}/ship", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Shipping", description = "Record shipments of an order and follow them")
class ShipmentController {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final ShipOrderUseCase shipOrder;

    ShipmentController(ShipOrderUseCase shipOrder) {
        this.shipOrder = shipOrder;
    }

    /** The body of {@code POST /api/v1/orders/{id}/ship}. */
    record ShipRequest(
            @NotBlank @Size(max = 64) @Schema(description = "A configured carrier (order-service.shipping.carriers)", example = "dhl")
            String carrier,
            @Size(min = 1, max = 64) @Schema(description = "The tracking number of the carrier's label; omit for a carrier that issues none (own-fleet)",
                    example = "JD014600006281") String trackingNumber,
            @Size(max = 100) @Valid @Schema(description = "What leaves; omit for everything not shipped yet")
            List<@NotNull @Valid ShipLine> lines,
            @Pattern(regexp = "^[A-Za-z0-9-]{1,32}$") @Schema(description = "The stock location it leaves from (a fulfilment "
                    + "group of GET /orders/{id}/fulfilment); without lines, everything held there not shipped yet",
                    example = "MAIN", maxLength = 32) String location) {
    }

    record ShipLine(@Min(1) @Max(Integer.MAX_VALUE) @Schema(example = "1") int lineNumber,
                    @Min(1) @Max(Quantity.MAX) @Schema(example = "1") int quantity) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a shipment",
            description = "Hands the shipment to its carrier (which checks the label's tracking number, or issues one) and moves "
                    + "the order to SHIPPED when every unit has left, PARTIALLY_SHIPPED otherwise. Allowed in the statuses whose "
                    + "allowedActions contain SHIP or SHIP_PARTIALLY. The money is taken before the goods leave: the first shipment "
                    + "captures the order's total (renewing an authorisation that lapsed) before it is recorded, and a capture "
                    + "the gateway refuses stops it (409 capture-refused, nothing shipped). "
                    + "If-Match is optional; when given, it must name the order's current version.")
    @ApiResponse(responseCode = "200", description = "The order with its new shipment; ETag is its new version",
            headers = @Header(name = HttpHeaders.ETAG, description = "The order's new version", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "Malformed body or a field of the wrong shape",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such order",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The order's status allows no shipping (e.g. cancelled, not paid yet; "
            + "illegal-transition, naming the status and the allowed actions), or its money could not be taken (capture-refused: "
            + "refused by the gateway, or parked for an operator after repeated failures), or it is an exchange's replacement "
            + "waiting for the return it replaces (awaits-return, naming the return); nothing shipped",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "412", description = "If-Match names a version the order is no longer at",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "An unknown carrier, a tracking number not of that carrier, an unknown line, more units than are left to ship, named units that may not leave (backordered, or not held at the named location), or a location that holds nothing left of the order",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "No payment gateway could be reached to take the money; nothing shipped; try again after Retry-After",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<OrderResponse> ship(
            @PathVariable UUID orderId, @Valid @RequestBody ShipRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
            @Parameter(description = "The ETag of the order as the caller read it") String ifMatch, Caller caller,
            RequestKey key) {
        var lines = request.lines() == null ? List.<ShipOrderUseCase.Line>of() : request.lines().stream()
                .map(line -> new ShipOrderUseCase.Line(line.lineNumber(), Quantity.of(line.quantity()))).toList();
        var order = shipOrder.ship(new ShipOrderCommand(new OrderId(orderId), OrderVersions.expected(ifMatch),
                request.carrier(), request.trackingNumber(), lines, caller, request.location(),
                key));
        return ResponseEntity.ok().eTag(OrderVersions.etag(order.version())).body(OrderResponse.from(order));
    }

    @ExceptionHandler(CarrierRefusedException.class)
    ProblemDetail carrierRefused(CarrierRefusedException ex) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "carrier-refused", "Carrier or tracking number not accepted", ex.getMessage());
    }
}
