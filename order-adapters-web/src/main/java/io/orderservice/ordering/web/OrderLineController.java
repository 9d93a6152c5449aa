package io.orderservice.ordering.web;

import io.orderservice.ordering.application.port.in.ChangeOrderLinesUseCase;
import io.orderservice.ordering.application.port.in.ChangeOrderLinesUseCase.AddLine;
import io.orderservice.ordering.application.port.in.ChangeOrderLinesUseCase.ChangeOrderLinesCommand;
import io.orderservice.ordering.application.port.in.ChangeOrderLinesUseCase.ChangeQuantity;
import io.orderservice.ordering.application.port.in.ChangeOrderLinesUseCase.LineChange;
import io.orderservice.ordering.application.port.in.ChangeOrderLinesUseCase.RemoveLine;
import io.orderservice.ordering.application.port.in.OrderView;
import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.Sku;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An order's lines (items), changed one at a time while the order allows CHANGE_LINES. Every change needs
 * If-Match, like PUT /orders/{id}, and answers the whole order with its new ETag. A line's id is its number.
 */
@RestController
@RequestMapping(path = "/api/v1/orders/{orderId}/items", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Order items", description = "Add, change and remove an order's lines until it ships")
class OrderLineController {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final ChangeOrderLinesUseCase changeLines;

    OrderLineController(ChangeOrderLinesUseCase changeLines) {
        this.changeLines = changeLines;
    }

    /** What every line change may answer besides success. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponses({
            @ApiResponse(responseCode = "400", description = "Malformed body or a field of the wrong shape",
                    content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class))),
            @ApiResponse(responseCode = "402", description = "The payment method declined covering the new total; nothing changed",
                    content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class))),
            @ApiResponse(responseCode = "404", description = "No such order, or no such line",
                    content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class))),
            @ApiResponse(responseCode = "409", description = "The order's status does not allow changing lines (e.g. shipped: the problem names the status and the allowed actions), it is still being placed, or there is not enough stock for the new lines; nothing changed",
                    content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class))),
            @ApiResponse(responseCode = "412", description = "If-Match names a version the order is no longer at",
                    content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class))),
            @ApiResponse(responseCode = "422", description = "An unknown SKU, a SKU the order has already, or the last line removed (cancel the order instead)",
                    content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class))),
            @ApiResponse(responseCode = "428", description = "If-Match is missing",
                    content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class))),
            @ApiResponse(responseCode = "503", description = "No payment gateway could cover the new total; nothing changed; try again after Retry-After",
                    content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))})
    @interface LineChangeRefusals {
    }

    record AddLineRequest(@NotBlank @Size(max = 64) @Schema(example = "MUG-CLASSIC") String sku,
                          @Min(1) @Max(Quantity.MAX) @Schema(example = "2") int quantity) {
    }

    record ChangeQuantityRequest(@Min(1) @Max(Quantity.MAX) @Schema(example = "3") int quantity) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a line",
            description = "Prices the SKU now; discount, tax and shipping are priced again for the new basket. A paid order holds "
                    + "stock for it and covers the new total with its payment method (re-authorised for the new total; the old "
                    + "authorisation is then released).")
    @ApiResponse(responseCode = "201", description = "The order with the new line; Location names the line, ETag is the order's new version",
            headers = @Header(name = HttpHeaders.ETAG, description = "The order's new version", schema = @Schema(type = "string")))
    @LineChangeRefusals
    ResponseEntity<OrderResponse> add(@PathVariable UUID orderId, @Valid @RequestBody AddLineRequest request,
                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                      @Parameter(description = "The ETag of the order as the caller read it (required)") String ifMatch,
                                      UriComponentsBuilder uri, Caller caller) {
        var order = change(orderId, ifMatch, caller, new AddLine(new Sku(request.sku()), Quantity.of(request.quantity())));
        var added = order.lines().stream().filter(line -> line.sku().value().equals(request.sku())).findFirst().orElseThrow();
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(uri.path("/api/v1/orders/{orderId}/items/{lineNumber}").buildAndExpand(orderId, added.lineNumber()).toUri())
                .eTag(OrderVersions.etag(order.version())).body(OrderResponse.from(order));
    }

    @PutMapping(path = "/{lineNumber}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a line's quantity",
            description = "The line keeps its unit price; discount, tax and shipping are priced again. A paid order's stock is held "
                    + "for the new quantity (or given back), and its payment covers the new total.")
    @ApiResponse(responseCode = "200", description = "The order as changed; ETag is its new version",
            headers = @Header(name = HttpHeaders.ETAG, description = "The order's new version", schema = @Schema(type = "string")))
    @LineChangeRefusals
    ResponseEntity<OrderResponse> changeQuantity(@PathVariable UUID orderId, @PathVariable @Min(1) @Max(Integer.MAX_VALUE) int lineNumber,
                                                 @Valid @RequestBody ChangeQuantityRequest request,
                                                 @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                                 @Parameter(description = "The ETag of the order as the caller read it (required)") String ifMatch,
                                                 Caller caller) {
        var order = change(orderId, ifMatch, caller, new ChangeQuantity(lineNumber, Quantity.of(request.quantity())));
        return ResponseEntity.ok().eTag(OrderVersions.etag(order.version())).body(OrderResponse.from(order));
    }

    @DeleteMapping("/{lineNumber}")
    @Operation(summary = "Remove a line",
            description = "Its stock goes back; the order's total drops and only the new total is captured at shipment. "
                    + "The last line cannot be removed: cancel the order instead.")
    @ApiResponse(responseCode = "200", description = "The order without the line; ETag is its new version",
            headers = @Header(name = HttpHeaders.ETAG, description = "The order's new version", schema = @Schema(type = "string")))
    @LineChangeRefusals
    ResponseEntity<OrderResponse> remove(@PathVariable UUID orderId, @PathVariable @Min(1) @Max(Integer.MAX_VALUE) int lineNumber,
                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                         @Parameter(description = "The ETag of the order as the caller read it (required)") String ifMatch,
                                         Caller caller) {
        var order = change(orderId, ifMatch, caller, new RemoveLine(lineNumber));
        return ResponseEntity.ok().eTag(OrderVersions.etag(order.version())).body(OrderResponse.from(order));
    }

    private OrderView change(UUID orderId, String ifMatch, Caller caller, LineChange change) {
        return changeLines.change(new ChangeOrderLinesCommand(new OrderId(orderId), OrderVersions.required(ifMatch), change,
                caller));
    }
}
