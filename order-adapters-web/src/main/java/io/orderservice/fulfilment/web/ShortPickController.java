package io.orderservice.fulfilment.web;

import io.orderservice.fulfilment.application.port.in.ReportShortPickUseCase.ShortPickCommand;
import io.orderservice.fulfilment.application.port.in.ReportShortPickUseCase;
import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.ordering.web.OrderVersions;
import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.RequestKey;
import io.swagger.v3.oas.annotations.Operation;
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
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A warehouse or supplier cannot find units it holds for an order. Warehouses only (for their own locations if the token names them). */
@RestController
@RequestMapping(path = "/api/v1/orders/{orderId}/short-picks", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Shipping")
class ShortPickController {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final ReportShortPickUseCase shortPicks;

    ShortPickController(ReportShortPickUseCase shortPicks) {
        this.shortPicks = shortPicks;
    }

    /** The body of {@code POST /api/v1/orders/{id}/short-picks}. */
    record ShortPickRequest(
            @NotBlank @Pattern(regexp = "^[A-Za-z0-9-]{1,32}$") @Schema(description = "The location that cannot find them",
                    example = "MAIN", maxLength = 32) String location,
            @NotNull @Min(1) @Max(100) @Schema(description = "The order line", example = "1") Integer lineNumber,
            @NotNull @Min(1) @Max(100_000) @Schema(description = "Units of the line it cannot find", example = "2") Integer missing,
            @Size(max = 500) @Schema(description = "What happened", example = "bin empty at picking") String reason) {
    }

    record ReallocatedResponse(@Schema(example = "WEST") String location, int units) {
    }

    record ShortPickResponse(UUID orderId, OrderStatus status,
                             @Schema(description = "Units held at other locations now (the group split again)")
                             List<ReallocatedResponse> reallocated,
                             @Schema(description = "Units that wait for a restock (the SKU may be backordered)") int backordered,
                             @Schema(description = "Units no one has: taken off the order before capture, refunded (will-not-ship) after")
                             int givenUp) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Report units a location cannot find (a short pick)",
            description = "The units leave the location's count; the group is split again — held at other locations that have "
                    + "them (nearest first), backordered when the SKU may be, otherwise given up: taken off the order and "
                    + "re-priced before the payment was captured, refunded as will-not-ship after. The order stops waiting for "
                    + "given-up units. An internal note records what happened. docs/fulfilment.md")
    @ApiResponse(responseCode = "200", description = "What became of the missing units; ETag is the order's version")
    @ApiResponse(responseCode = "400", description = "Malformed body or a field of the wrong shape",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such order or line",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The order is not being shipped (illegal-transition)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The location holds fewer unshipped units of the line (invalid-value); nothing changed",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ShortPickResponse> report(@PathVariable UUID orderId, @Valid @RequestBody ShortPickRequest body, Caller caller,
                                             RequestKey key) {
        var report = shortPicks.report(new ShortPickCommand(new OrderId(orderId), body.location(), body.lineNumber(), body.missing(),
                caller, body.reason(), key));
        return ResponseEntity.ok().eTag(OrderVersions.etag(report.order().version())).body(new ShortPickResponse(orderId,
                report.order().status(), report.reallocated().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(each -> new ReallocatedResponse(each.getKey(), each.getValue())).toList(), report.backordered(), report.givenUp()));
    }
}
