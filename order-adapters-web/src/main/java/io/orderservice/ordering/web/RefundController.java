package io.orderservice.ordering.web;

import io.orderservice.ordering.application.port.in.GetOrderQuery;
import io.orderservice.ordering.application.port.in.RefundOrderUseCase.RefundOrderCommand;
import io.orderservice.ordering.application.port.in.RefundOrderUseCase;
import io.orderservice.ordering.application.port.in.RetryRefundUseCase.RetryRefundCommand;
import io.orderservice.ordering.application.port.in.RetryRefundUseCase;
import io.orderservice.ordering.domain.Order.LineRefund;
import io.orderservice.ordering.web.OrderResponse.RefundResponse;
import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.RequestKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Support's refunds (docs/security.md: support up to its limit, a lead above). */
@RestController
@RequestMapping(path = "/api/v1/orders/{orderId}/refunds", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Refunds", description = "Give captured money of an order back")
class RefundController {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final RefundOrderUseCase refundOrder;
    private final RetryRefundUseCase retryRefund;
    private final GetOrderQuery getOrder;

    RefundController(RefundOrderUseCase refundOrder, RetryRefundUseCase retryRefund, GetOrderQuery getOrder) {
        this.refundOrder = refundOrder;
        this.retryRefund = retryRefund;
        this.getOrder = getOrder;
    }

    /** The body of {@code POST /api/v1/orders/{id}/refunds}: lines, shipping, an amount, or a mix. */
    record RefundRequest(
            @NotNull @Pattern(regexp = "[a-z][a-z0-9-]{0,39}")
            @Schema(minLength = 1, maxLength = 40, description = "Why, machine-readable (lower case, digits, dashes)", example = "damaged") String reasonCode,
            @Size(max = 100) @Valid @Schema(description = "Units of lines to refund, each with its share of discount and tax")
            List<@NotNull @Valid RefundLine> lines,
            @Schema(description = "Refund the shipping charge too (once per order); default false") Boolean shipping,
            @DecimalMin("0") @Digits(integer = 12, fraction = 3)
            @Schema(type = "string", maxLength = 16, pattern = "^[0-9]{1,12}(\\.[0-9]{1,3})?$",
                    description = "An amount on top, in the order's currency (e.g. goodwill)", example = "5.00")
            BigDecimal amount) {
    }

    record RefundLine(@Min(1) @Max(Integer.MAX_VALUE) @Schema(example = "1") int lineNumber,
                      @Min(1) @Max(Quantity.MAX) @Schema(example = "1") int quantity) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Refund captured money of an order",
            description = "Records the refund on the order (never more than was captured and is not refunded or being refunded, "
                    + "never more units of a line than were ordered and not refunded) and answers 202: the payment gateway is "
                    + "asked through the outbox a moment later, and the refund becomes SUCCEEDED or FAILED (the order's history "
                    + "says so too). Possible once the payment was captured, i.e. from the first shipment on. The requester is the "
                    + "caller; support refunds up to order-service.refunds.support-limit, a support lead above it (403 otherwise).")
    @ApiResponse(responseCode = "202", description = "Recorded, REQUESTED; Location names it")
    @ApiResponse(responseCode = "400", description = "Malformed body or a field of the wrong shape",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such order",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Nothing captured yet in the order's status (not shipped); the problem names the status and the allowed actions",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "More than is left to refund (the problem's 'refundable' says how much is), units not there to refund, nothing to refund, or more decimals than the currency has",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<RefundResponse> refund(@PathVariable UUID orderId, @Valid @RequestBody RefundRequest request,
                                          UriComponentsBuilder uri, Caller caller, RequestKey key) {
        var lines = request.lines() == null ? List.<LineRefund>of() : request.lines().stream()
                .map(line -> new LineRefund(line.lineNumber(), Quantity.of(line.quantity()))).toList();
        var accepted = refundOrder.refund(new RefundOrderCommand(new OrderId(orderId), request.reasonCode(), lines,
                Boolean.TRUE.equals(request.shipping()), request.amount(), caller, key));
        var location = uri.path("/api/v1/orders/{orderId}/refunds/{refundId}").buildAndExpand(orderId, accepted.refundId()).toUri();
        return ResponseEntity.accepted().location(location).body(RefundResponse.from(accepted.refund()));
    }

    @PostMapping("/{refundId}/retry")
    @Operation(summary = "Ask again for a refund that failed",
            description = "For a refund the gateway refused, or accepted and then failed (its webhook said so): records a new "
                    + "refund of the same lines, shipping and amount, answers 202 with it, and the payment gateway is asked "
                    + "through the outbox as for any refund. The failed one names it (retriedAs) and leaves the operators' "
                    + "list (GET /api/v1/admin/refunds/failed). Support up to order-service.refunds.support-limit, a support "
                    + "lead above it (403 otherwise).")
    @ApiResponse(responseCode = "202", description = "Recorded, REQUESTED; Location names the new refund")
    @ApiResponse(responseCode = "404", description = "No such order",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The order's status allows no refund; the problem names it",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "No such refund, one that did not fail or was asked for again already, or more than is left to refund now",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<RefundResponse> retryRefund(@PathVariable UUID orderId, @PathVariable UUID refundId, UriComponentsBuilder uri,
                                         Caller caller, RequestKey key) {
        var accepted = retryRefund.retry(new RetryRefundCommand(new OrderId(orderId), refundId, caller, key));
        var location = uri.path("/api/v1/orders/{orderId}/refunds/{refundId}").buildAndExpand(orderId, accepted.refundId()).toUri();
        return ResponseEntity.accepted().location(location).body(RefundResponse.from(accepted.refund()));
    }

    @GetMapping
    @Operation(summary = "List an order's refunds (its cancellation's VOID included), oldest first",
            description = "Each with its lines, amount, reason code and how it went (REQUESTED, SUCCEEDED, FAILED).")
    @ApiResponse(responseCode = "200", description = "The order's refunds")
    @ApiResponse(responseCode = "404", description = "No such order",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    List<RefundResponse> list(@PathVariable UUID orderId, Caller caller) {
        return getOrder.get(new OrderId(orderId), caller).refunds().stream().map(RefundResponse::from).toList();
    }

    @GetMapping("/{refundId}")
    @Operation(summary = "Get one refund of an order",
            description = "Follow a 202 of POST /refunds here until it is SUCCEEDED or FAILED.")
    @ApiResponse(responseCode = "200", description = "The refund")
    @ApiResponse(responseCode = "404", description = "No such order, or no such refund of it",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    RefundResponse get(@PathVariable UUID orderId, @PathVariable UUID refundId, Caller caller) {
        return getOrder.get(new OrderId(orderId), caller).refunds().stream().filter(refund -> refund.id().equals(refundId))
                .findFirst().map(RefundResponse::from)
                .orElseThrow(() -> new RefundNotFoundException(orderId, refundId));
    }

    static class RefundNotFoundException extends RuntimeException {
        RefundNotFoundException(UUID orderId, UUID refundId) {
            super("order " + orderId + " has no refund " + refundId);
        }
    }
}
