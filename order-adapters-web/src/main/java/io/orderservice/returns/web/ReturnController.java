package io.orderservice.returns.web;

import static io.orderservice.shared.web.ProblemTypes.problem;

import io.orderservice.ordering.web.OrderVersions;
import io.orderservice.returns.application.port.in.DecideReturnUseCase.DecideReturn;
import io.orderservice.returns.application.port.in.DecideReturnUseCase;
import io.orderservice.returns.application.port.in.ReceiveReturnUseCase.ReceiveReturn;
import io.orderservice.returns.application.port.in.ReceiveReturnUseCase;
import io.orderservice.returns.application.port.in.RequestReturnUseCase.RequestReturn;
import io.orderservice.returns.application.port.in.RequestReturnUseCase;
import io.orderservice.returns.application.port.in.ReturnChangedException;
import io.orderservice.returns.application.port.in.ReturnNotFoundException;
import io.orderservice.returns.application.port.in.ReturnQueries;
import io.orderservice.returns.domain.ExchangeRequest;
import io.orderservice.returns.domain.ReturnLine;
import io.orderservice.returns.domain.ReturnReceipt;
import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentToken;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.RequestKey;
import io.orderservice.shared.Sku;
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
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Customers' return requests and operators' decisions on them (docs/returns.md). */
@RestController
@Tag(name = "Returns", description = "Send delivered goods back: requests, automatic approval, operators' decisions")
class ReturnController {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final String RETURNS = "/api/v1/orders/{orderId}/returns";

    private final RequestReturnUseCase requestReturn;
    private final DecideReturnUseCase decideReturn;
    private final ReceiveReturnUseCase receiveReturn;
    private final ReturnQueries returns;

    ReturnController(RequestReturnUseCase requestReturn, DecideReturnUseCase decideReturn, ReceiveReturnUseCase receiveReturn,
                     ReturnQueries returns) {
        this.requestReturn = requestReturn;
        this.decideReturn = decideReturn;
        this.receiveReturn = receiveReturn;
        this.returns = returns;
    }

    /** The body of {@code POST /api/v1/orders/{id}/returns}. */
    @Schema(name = "ReturnRequest")
    record ReturnRequestBody(
            @NotNull @Schema(description = "The delivered shipment the units came in (GET /orders/{id}: shipments)",
                    maxLength = 36) UUID shipmentId,
            @NotEmpty @Size(max = 100) @Valid @Schema(description = "Units of order lines to send back")
            List<@NotNull @Valid UnitsBody> lines,
            @NotNull @Pattern(regexp = "[a-z][a-z0-9-]{1,39}") @Schema(minLength = 2, maxLength = 40, example = "damaged",
                    description = "One of the shop's reason codes (order-service.returns.reasons)") String reasonCode,
            @Size(min = 1, max = 1000) @Schema(example = "The handle arrived broken") String comment,
            @Size(max = 10) @Schema(description = "References to photos the customer uploaded elsewhere (https URLs)")
            List<@NotNull @Size(max = 2048) @Pattern(regexp = "^https://[!-~]{1,2040}$") String> photos,
            @Valid @Schema(description = "Other goods instead of the money back (docs/returns.md, \"Exchanges\"); absent for a "
                    + "plain return") ExchangeBody exchange) {
    }

    @Schema(name = "ExchangeRequest")
    record ExchangeBody(
            @NotEmpty @Size(max = ExchangeRequest.MAX_ITEMS) @Valid @Schema(description = "What the customer wants instead")
            List<@NotNull @Valid ExchangeItemBody> items,
            @NotNull @Schema(description = "When the goods are out of stock: BACKORDER (wait for them, where the shop "
                    + "backorders the SKU) or REFUND (the money back instead)", example = "REFUND")
            ExchangeRequest.IfOutOfStock ifOutOfStock,
            @NotBlank @Size(max = 128) @Schema(description = "A payment gateway's token: charged only for what the returned "
                    + "units' value does not cover, never when it covers everything", example = "tok_approve") String paymentToken) {
    }

    @Schema(name = "ExchangeItem")
    record ExchangeItemBody(@NotBlank @Size(max = 64) @Schema(example = "TSHIRT-BLK-L") String sku,
                            @NotNull @Min(1) @Max(Quantity.MAX) @Schema(example = "1") Integer quantity) {
    }

    @Schema(name = "ReturnUnits")
    record UnitsBody(@Min(1) @Max(Integer.MAX_VALUE) @Schema(example = "1") int lineNumber,
                     @Min(1) @Max(Quantity.MAX) @Schema(example = "1") int quantity) {
    }

    /** The body of {@code POST /api/v1/orders/{id}/returns/{returnId}/decision}. */
    @Schema(name = "ReturnDecisionRequest")
    record DecisionBody(
            @NotNull @Schema(description = "APPROVE, APPROVE_PARTLY (with lines) or REJECT", example = "APPROVE_PARTLY")
            DecideReturnUseCase.Outcome outcome,
            @Size(max = 100) @Valid @Schema(description = "For APPROVE_PARTLY: the units approved per line")
            List<@NotNull @Valid UnitsBody> lines,
            @Size(min = 1, max = 500) @Schema(description = "Why, as the customer is told; required unless APPROVE",
                    example = "The second mug shows no damage") String reason) {
    }

    @PostMapping(path = RETURNS, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ask to send delivered units back",
            description = "For units of one delivered shipment (or one on its way, where the shop allows: "
                    + "order-service.returns.before-delivery), within the return window after its delivery "
                    + "(order-service.fulfilment.return-window), never more than it delivered and no other request took, for a "
                    + "reason the shop lists and SKUs it takes back. The shop's approval rules decide at once where one applies "
                    + "(status APPROVED, decided by RULE); otherwise the request waits for an operator (REQUESTED). A delivered "
                    + "order becomes RETURN_REQUESTED; the order's history names the request. With an exchange, the approved "
                    + "return's units pay for a replacement order placed after the approval (the return's replacement), "
                    + "its payment token only for the rest; what the units are worth beyond it is refunded at receipt. "
                    + "Idempotency-Key: a retry answers the first request.")
    @ApiResponse(responseCode = "201", description = "Made; Location names it",
            headers = @Header(name = HttpHeaders.ETAG, description = "The request's version", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "Malformed body or a field of the wrong shape",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such order",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The order's status takes no return request (illegal-transition)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The shipment is not delivered or not the order's, its window passed, a line "
            + "asks for more than is left to return, a line appears twice, the reason is not one the shop lists, or a SKU is not "
            + "taken back",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ReturnResponse> request(@PathVariable UUID orderId, @Valid @RequestBody ReturnRequestBody body,
                                           UriComponentsBuilder uri, Caller caller, RequestKey key) {
        var made = requestReturn.request(new RequestReturn(new OrderId(orderId), body.shipmentId(), units(body.lines()),
                body.reasonCode(), body.comment(), body.photos() == null ? List.of() : body.photos().stream().map(URI::create).toList(),
                caller, key, exchange(body.exchange())));
        var location = uri.path(RETURNS + "/{returnId}").buildAndExpand(orderId, made.id()).toUri();
        return ResponseEntity.created(location).eTag(OrderVersions.etag(made.version())).body(ReturnResponse.from(made));
    }

    private static ExchangeRequest exchange(ExchangeBody body) {
        return body == null ? null : new ExchangeRequest(body.items().stream().map(item -> new ExchangeRequest.Item(
                new Sku(item.sku()), Quantity.of(item.quantity()))).toList(), body.ifOutOfStock(), new PaymentToken(body.paymentToken()));
    }

    @GetMapping(path = RETURNS, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List an order's return requests, oldest first")
    @ApiResponse(responseCode = "200", description = "The order's return requests")
    @ApiResponse(responseCode = "404", description = "No such order",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    List<ReturnResponse> list(@PathVariable UUID orderId, Caller caller) {
        return returns.ofOrder(new OrderId(orderId), caller).stream().map(ReturnResponse::from).toList();
    }

    @GetMapping(path = RETURNS + "/{returnId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Get one return request of an order")
    @ApiResponse(responseCode = "200", description = "The return request",
            headers = @Header(name = HttpHeaders.ETAG, description = "Its version", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "No such order, or no such return of it",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ReturnResponse> get(@PathVariable UUID orderId, @PathVariable UUID returnId, Caller caller) {
        var found = returns.one(new OrderId(orderId), returnId, caller);
        return ResponseEntity.ok().eTag(OrderVersions.etag(found.version())).body(ReturnResponse.from(found));
    }

    @PostMapping(path = RETURNS + "/{returnId}/decision", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Decide a return request no rule approved",
            description = "Approve it, approve some of its units, or reject it with the reason the customer is told. Decided "
                    + "once; the decision goes into the order's history with the operator who made it. Rejecting the order's last "
                    + "open request makes a RETURN_REQUESTED order DELIVERED again. If-Match is optional; when given, it must "
                    + "name the request's current version.")
    @ApiResponse(responseCode = "200", description = "Decided",
            headers = @Header(name = HttpHeaders.ETAG, description = "The request's new version", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "Malformed body or a field of the wrong shape",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such order, or no such return of it",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Decided at the same moment by someone else",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "412", description = "If-Match names a version the request is no longer at",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Decided already, no reason for a rejection or partial approval, or a "
            + "partial approval that approves none, all, or more than was asked of a line",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ReturnResponse> decide(@PathVariable UUID orderId, @PathVariable UUID returnId, @Valid @RequestBody DecisionBody body,
                                          @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                          @Parameter(description = "The ETag of the request as the operator read it") String ifMatch,
                                          Caller caller) {
        var decided = decideReturn.decide(new DecideReturn(new OrderId(orderId), returnId, body.outcome(), units(body.lines()),
                body.reason(), caller, OrderVersions.expected(ifMatch)));
        return ResponseEntity.ok().eTag(OrderVersions.etag(decided.version())).body(ReturnResponse.from(decided));
    }

    /** The body of {@code POST /api/v1/orders/{id}/returns/{returnId}/receipt}. */
    @Schema(name = "ReturnReceiptRequest")
    record ReceiptBody(
            @NotNull @Pattern(regexp = "^[A-Za-z0-9-]{1,32}$") @Schema(description = "The stock location it arrived at",
                    example = "MAIN", maxLength = 32) String location,
            @NotEmpty @Size(max = 100) @Valid @Schema(description = "Per approved line, how its units arrived; units not "
                    + "counted did not arrive") List<@NotNull @Valid ReceivedBody> lines) {
    }

    @Schema(name = "ReturnReceivedUnits")
    record ReceivedBody(@Min(1) @Max(Integer.MAX_VALUE) @Schema(example = "1") int lineNumber,
                        @Min(0) @Max(Quantity.MAX) @Schema(description = "Fit to sell again", example = "1") int restockable,
                        @Min(0) @Max(Quantity.MAX) @Schema(description = "Accepted, not fit to sell", example = "0") int damaged,
                        @Min(0) @Max(Quantity.MAX) @Schema(description = "Refused at inspection", example = "0") int refused) {
    }

    @PostMapping(path = RETURNS + "/{returnId}/receipt", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record what arrived of an approved return",
            description = "Once per return, by the warehouse (at its own locations when its token names them). Restockable units "
                    + "go back on hand at the location (serving waiting backorders first); restockable and damaged units are "
                    + "refunded to the original payment method: each line's share of what was paid, the shipping when the reason "
                    + "is the shop's fault, less order-service.returns.restocking-fee-percent otherwise, less what the goods kept owe of "
                    + "a promotion the return broke (receipt.discountRecount), never beyond what is "
                    + "refundable. The refund is recorded on the order (receipt.refundId) and made by the payment gateway a moment "
                    + "later. Refused and missing units are not refunded. When it was the order's last open return, the order "
                    + "becomes RETURNED (everything came back) or PARTIALLY_RETURNED. If-Match is optional.")
    @ApiResponse(responseCode = "200", description = "Received",
            headers = @Header(name = HttpHeaders.ETAG, description = "The request's new version", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "Malformed body or a field of the wrong shape",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "The caller does not act for the location",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such order, or no such return of it",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Received at the same moment by someone else",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "412", description = "If-Match names a version the request is no longer at",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Not approved, received already, a line not approved or counted twice, more "
            + "units of a line than were approved, or an unknown location",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ReturnResponse> receive(@PathVariable UUID orderId, @PathVariable UUID returnId,
                                           @Valid @RequestBody ReceiptBody body,
                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                           @Parameter(description = "The ETag of the request as the warehouse read it") String ifMatch,
                                           Caller caller) {
        var received = receiveReturn.receive(new ReceiveReturn(new OrderId(orderId), returnId, body.location(),
                body.lines().stream().map(line -> new ReturnReceipt.Line(line.lineNumber(), line.restockable(), line.damaged(),
                        line.refused())).toList(), caller, OrderVersions.expected(ifMatch)));
        return ResponseEntity.ok().eTag(OrderVersions.etag(received.version())).body(ReturnResponse.from(received));
    }

    @GetMapping(path = "/api/v1/returns/awaiting-decision", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The operators' queue: return requests no rule approved, oldest first")
    @ApiResponse(responseCode = "200", description = "Requests waiting for a decision")
    @ApiResponse(responseCode = "400", description = "A limit outside 1 to 200",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    List<ReturnResponse> awaitingDecision(@RequestParam(defaultValue = "50") @Min(1) @Max(200)
                                          @Parameter(description = "At most this many") int limit) {
        return returns.awaitingDecision(limit).stream().map(ReturnResponse::from).toList();
    }

    @ExceptionHandler(ReturnNotFoundException.class)
    ProblemDetail notFound(ReturnNotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "return-not-found", "Return not found", ex.getMessage());
    }

    @ExceptionHandler(ReturnChangedException.class)
    ProblemDetail changed(ReturnChangedException ex) {
        return problem(HttpStatus.PRECONDITION_FAILED, "precondition-failed", "The return has changed", ex.getMessage());
    }

    private static List<ReturnLine> units(List<UnitsBody> lines) {
        return lines == null ? List.of() : lines.stream()
                .map(line -> new ReturnLine(line.lineNumber(), Quantity.of(line.quantity()))).toList();
    }
}
