package io.orderservice.ordering.web;

import io.orderservice.ordering.application.port.in.AwaitPlacementQuery;
import io.orderservice.ordering.application.port.in.CancelOrderUseCase;
import io.orderservice.ordering.application.port.in.DecideApprovalUseCase;
import io.orderservice.ordering.application.port.in.GetOrderAuditQuery;
import io.orderservice.ordering.application.port.in.GetOrderQuery;
import io.orderservice.ordering.application.port.in.ListOrdersQuery;
import io.orderservice.ordering.application.port.in.ModifyOrderUseCase;
import io.orderservice.ordering.application.port.in.PlaceOrderUseCase;
import io.orderservice.ordering.application.port.in.RetryPaymentUseCase;
import io.orderservice.ordering.application.port.in.placement.GetPlacementQuery;
import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.shared.AccessRefusedException;
import io.orderservice.shared.Caller;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentProvider;
import io.orderservice.shared.PaymentToken;
import io.orderservice.shared.RequestKey;
import io.orderservice.shared.Role;
import io.orderservice.shared.Sku;
import io.orderservice.shared.web.GuestOrderTokens;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping(path = "/api/v1/orders", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Orders", description = "Place orders and follow them through their lifecycle")
class OrderController {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final Map<String, ListOrdersQuery.Sort> SORTS = Map.of("-created", ListOrdersQuery.Sort.NEWEST_FIRST,
            "created", ListOrdersQuery.Sort.OLDEST_FIRST, "total", ListOrdersQuery.Sort.TOTAL_ASCENDING,
            "-total", ListOrdersQuery.Sort.TOTAL_DESCENDING, "status", ListOrdersQuery.Sort.STATUS);

    private final PlaceOrderUseCase placeOrder;
    private final AwaitPlacementQuery awaitPlacement;
    private final GetOrderQuery getOrder;
    private final GetPlacementQuery getPlacement;
    private final ListOrdersQuery listOrders;
    private final RetryPaymentUseCase retryPayment;
    private final CancelOrderUseCase cancelOrder;
    private final ModifyOrderUseCase modifyOrder;
    private final GetOrderAuditQuery orderAudit;
    private final DecideApprovalUseCase decideApproval;
    private final Duration answerWithin;

    OrderController(PlaceOrderUseCase placeOrder, AwaitPlacementQuery awaitPlacement, GetOrderQuery getOrder,
                    GetPlacementQuery getPlacement,
                    ListOrdersQuery listOrders, RetryPaymentUseCase retryPayment, CancelOrderUseCase cancelOrder,
                    ModifyOrderUseCase modifyOrder, GetOrderAuditQuery orderAudit, DecideApprovalUseCase decideApproval,
                    @Value("${order-service.placement.answer-within:PT5S}") Duration answerWithin) {
        this.placeOrder = placeOrder;
        this.awaitPlacement = awaitPlacement;
        this.getOrder = getOrder;
        this.getPlacement = getPlacement;
        this.listOrders = listOrders;
        this.retryPayment = retryPayment;
        this.cancelOrder = cancelOrder;
        this.modifyOrder = modifyOrder;
        this.orderAudit = orderAudit;
        this.decideApproval = decideApproval;
        this.answerWithin = answerWithin;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Place an order",
            description = "Verifies the address, prices the lines and quotes shipping (refusals here store nothing), then "
                    + "stores the order with its placement saga, which screens it for fraud, reserves the stock, authorises "
                    + "the payment and confirms it (docs/placement.md). Answers when the saga comes to rest, or after "
                    + "order-service.placement.answer-within with 202 while it is still working. A refusal by the saga "
                    + "(no stock, a decline, not accepted) is a problem whose orderId and Location name the order it left behind. "
                    + "With an Idempotency-Key, the same key and body within 24 h replay the first answer byte for byte "
                    + "(Idempotent-Replayed: true) without placing again; the key is bound to the order in the transaction that "
                    + "stores it, so a retry whose first answer was lost in a crash answers with that order as it stands (docs/api.md).")
    @ApiResponse(responseCode = "201", description = "Placed; Location names the new order. PAID, or AWAITING_PAYMENT when the customer must still confirm the payment")
    @ApiResponse(responseCode = "202", description = "Accepted and still being placed (a slow or unavailable gateway, a fraud review: ON_HOLD); follow Location")
    @ApiResponse(responseCode = "400", description = "Malformed body, a field of the wrong shape, or a malformed Idempotency-Key",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "402", description = "The payment was declined; the order (PAYMENT_FAILED, stock kept) may be paid another way within the retry window",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Not enough stock for some lines (the order is REJECTED), a promo code with no use left (promo-code-used-up, nothing stored), or the first request with this Idempotency-Key is still being processed (Retry-After)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Unknown SKU, an undeliverable address, no shipping to that address, a promo code that gives the order nothing (promo-code-not-applicable), a payment provider that does not take the payment (payment-provider-not-offered), a card number in the body, a value the domain refuses, an Idempotency-Key used with another body (nothing stored), or an order not accepted by fraud screening (REJECTED)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<OrderResponse> place(@Valid @RequestBody PlaceOrderRequest request, HttpServletRequest http,
                                        UriComponentsBuilder uri, Caller caller, RequestKey requestKey) {
        boolean guest = request.customerId() == null && caller.hasRole(Role.STOREFRONT) && caller.customer() == null;
        var customer = guest ? new CustomerId("guest-" + UUID.randomUUID())
                : request.customerId() != null ? new CustomerId(request.customerId()) : caller.customer();
        if (customer == null) {
            throw new InvalidValueException("customerId names the customer this order is placed for");
        }
        if (!guest && !caller.reaches(customer)) {
            throw new AccessRefusedException("a customer places orders for themselves: customerId must be the token's customer");
        }
        var accessToken = guest ? GuestOrderTokens.newAccessToken() : null;
        var answer = placeOrder.place(request.toCommand(customer, http.getRemoteAddr(), accessToken, requestKey));
        var location = uri.path("/api/v1/orders/{orderId}").buildAndExpand(answer.order().id().value()).toUri();
        var response = answer.inProgress() ? ResponseEntity.accepted().location(location) : ResponseEntity.created(location);
        return response.body(OrderResponse.from(answer.order(), accessToken));
    }

    @GetMapping
    @Operation(summary = "List orders: filtered, sorted, by cursor",
            description = "Every filter is optional. Pages are cut by keyset: 'next' links to the page after this one "
                    + "(the same filters and sort with a cursor); orders placed meanwhile never make a page repeat or skip one. "
                    + "Totals are compared in one currency: minTotal, maxTotal and sorting by total need 'currency'.")
    @ApiResponse(responseCode = "200", description = "Up to 'limit' orders, and the link to the next page (null on the last)")
    @ApiResponse(responseCode = "400", description = "A parameter of the wrong shape, a limit out of range, an unknown sort, or a cursor from another list",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Filters that contradict each other (a range upside down, a total without a currency)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    OrderListResponse list(
            @RequestParam(required = false) @Size(min = 1, max = 64) String customerId,
            @RequestParam(required = false) @Size(max = 14) @Parameter(description = "one or more statuses") List<OrderStatus> status,
            @RequestParam(required = false) @Parameter(description = "placed at or after (ISO-8601 instant)") Instant createdFrom,
            @RequestParam(required = false) @Parameter(description = "placed before (ISO-8601 instant)") Instant createdTo,
            @RequestParam(required = false) @Pattern(regexp = "[A-Z]{3}")
            @Parameter(schema = @Schema(type = "string", pattern = "[A-Z]{3}", minLength = 3, maxLength = 3)) String currency,
            @RequestParam(required = false) @DecimalMin("0") BigDecimal minTotal,
            @RequestParam(required = false) @DecimalMin("0") BigDecimal maxTotal,
            @RequestParam(required = false) @Size(min = 1, max = 64) String sku,
            @RequestParam(defaultValue = "-created") @Pattern(regexp = "-?created|-?total|status")
            @Parameter(description = "-created (newest first), created, total, -total, status",
                    schema = @Schema(type = "string", allowableValues = {"-created", "created", "total", "-total", "status"},
                            defaultValue = "-created")) String sort,
            @RequestParam(defaultValue = "20") @Min(1) @Max(ListOrdersQuery.MAX_LIMIT) int limit,
            @RequestParam(required = false) @Size(max = 512) @Parameter(description = "from 'next' of the previous page") String cursor,
            Caller caller) {
        var filter = new ListOrdersQuery.Filter(customerId == null ? null : new CustomerId(customerId),
                status == null ? Set.of() : Set.copyOf(status), createdFrom, createdTo,
                currency == null ? null : Money.currencyOf(currency), minTotal, maxTotal, sku == null ? null : new Sku(sku));
        var order = SORTS.get(sort);
        var list = listFingerprint(sort, filter);
        var page = listOrders.list(new ListOrdersQuery.ListOrders(filter, order, limit,
                cursor == null ? null : OrderCursors.decode(cursor, list)), caller);
        var next = page.next() == null ? null : ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("cursor", OrderCursors.encode(list, page.next())).build();
        return OrderListResponse.from(page.items(), next == null ? null : next.getPath() + "?" + next.getQuery());
    }

    /** What identifies a list (sort and filters, not the page size), for its cursors. */
    private static String listFingerprint(String sort, ListOrdersQuery.Filter filter) {
        var statuses = filter.statuses().stream().map(Enum::name).sorted().toList();
        return Integer.toHexString(List.of(sort, String.valueOf(filter.customerId()), statuses.toString(),
                String.valueOf(filter.placedFrom()), String.valueOf(filter.placedTo()), String.valueOf(filter.currency()),
                String.valueOf(filter.minTotal()), String.valueOf(filter.maxTotal()), String.valueOf(filter.sku())).hashCode());
    }

    @GetMapping("/{orderId}")
    @Operation(summary = "Get an order with its lines, totals and status history",
            description = "Also its payment record, shipments and refunds; each line shows how much of it shipped and was refunded.")
    @ApiResponse(responseCode = "200", description = "The order; ETag is its version, for If-Match on changes",
            headers = @Header(name = HttpHeaders.ETAG, description = "The order's version, e.g. \"3\"", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "No such order",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<OrderResponse> get(@PathVariable UUID orderId, Caller caller) {
        var order = getOrder.get(new OrderId(orderId), caller);
        return ResponseEntity.ok().eTag(OrderVersions.etag(order.version())).body(OrderResponse.from(order));
    }

    /** The body of {@code POST /api/v1/orders/{id}/approval}. */
    record ApprovalDecision(@NotNull @Schema(example = "true") Boolean approve,
                            @NotBlank @Size(max = 200) @Schema(example = "within the quarter's budget") String reason) {
    }

    @PostMapping(path = "/{orderId}/approval", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Approve or reject an order waiting for approval",
            description = "For orders in PENDING_APPROVAL (a business customer's, or from a total threshold: order-service.approval). "
                    + "Approved, the order is placed (screening, stock, payment) a moment later; rejected, it is cancelled. "
                    + "The approver is the caller (the token's subject), kept in the order's history.")
    @ApiResponse(responseCode = "200", description = "The order after the decision: AWAITING_PAYMENT (being placed) or CANCELLED")
    @ApiResponse(responseCode = "400", description = "Decision or reason missing",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such order",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The order waits for no approval",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    OrderResponse decideApproval(@PathVariable UUID orderId, @Valid @RequestBody ApprovalDecision decision, Caller caller) {
        return OrderResponse.from(decideApproval.decide(new OrderId(orderId), decision.approve(), decision.reason(), caller));
    }

    @GetMapping("/{orderId}/audit")
    @Operation(summary = "Every change to the order: when, who, why, and each changed field before and after",
            description = "Kept by the database in an append-only table (a trigger on the orders table), oldest first. "
                    + "Field values are JSON text as stored (column names).")
    @ApiResponse(responseCode = "200", description = "The order's audit trail")
    @ApiResponse(responseCode = "404", description = "No such order",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    List<GetOrderAuditQuery.AuditEntry> audit(@PathVariable UUID orderId) {
        return orderAudit.audit(new OrderId(orderId));
    }

    /** The body of {@code PUT /api/v1/orders/{id}}: what may still change before the order ships, all of it. */
    record ModifyOrderRequest(
            @NotNull @Valid PlaceOrderRequest.ShippingAddress shippingAddress,
            @Size(min = 1, max = 500) @Schema(description = "For the carrier; omit to have none", example = "Leave it with the neighbour at no. 14")
            String deliveryInstructions,
            @Schema(description = "The day the customer wants it delivered (not in the past); omit for none", example = "2026-12-23",
                    maxLength = 10)
            LocalDate requestedDeliveryDate) {
    }

    @PutMapping(path = "/{orderId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change what may still change before the order ships",
            description = "Replaces the delivery details: shipping address (verified and normalised as at placement; it may "
                    + "not change the shipping price), delivery instructions, requested delivery date. Allowed in the statuses "
                    + "whose allowedActions contain MODIFY, once the order is placed. Requires If-Match with the ETag of GET: "
                    + "of two changes made from the same version, one succeeds and the other gets 412.")
    @ApiResponse(responseCode = "200", description = "The order as changed; ETag is its new version",
            headers = @Header(name = HttpHeaders.ETAG, description = "The order's new version", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "Malformed body or a field of the wrong shape",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such order",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The order's status no longer allows changes (e.g. shipped), or it is still being placed",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "412", description = "If-Match names a version the order is no longer at",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "An undeliverable address, one without a shipping rate or with another price, a date in the past",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<OrderResponse> modify(
            @PathVariable UUID orderId, @Valid @RequestBody ModifyOrderRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
            @Parameter(description = "The ETag of the order as the caller read it (required)") String ifMatch, Caller caller) {
        var expected = OrderVersions.required(ifMatch);
        var order = modifyOrder.modify(new ModifyOrderUseCase.ModifyOrderCommand(new OrderId(orderId), expected,
                request.shippingAddress().toAddress(), request.deliveryInstructions(), request.requestedDeliveryDate(), caller));
        return ResponseEntity.ok().eTag(OrderVersions.etag(order.version())).body(OrderResponse.from(order));
    }

    @DeleteMapping("/{orderId}")
    @Operation(summary = "Cancel an order",
            description = "Allowed in the statuses whose allowedActions contain CANCEL. A placed order is cancelled at once; its "
                    + "stock is released and its payment voided through the outbox a moment later. An order still being placed is "
                    + "given up through its placement saga (payment voided, stock released) and is cancelled when that is done: "
                    + "202 until then. Cancelling a cancelled order changes nothing (200). If-Match is optional; when given, "
                    + "it must name the order's current version.")
    @ApiResponse(responseCode = "200", description = "The order, CANCELLED")
    @ApiResponse(responseCode = "202", description = "The order's placement is being given up; it will be CANCELLED")
    @ApiResponse(responseCode = "400", description = "A reason longer than 200 characters",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such order",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The order's status does not allow cancelling (e.g. shipped); the problem names the status and the allowed actions",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "412", description = "If-Match names a version the order is no longer at",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<OrderResponse> cancel(
            @PathVariable UUID orderId,
            @RequestParam(defaultValue = "cancelled by the customer") @Size(min = 1, max = 200)
            @Parameter(description = "Why; kept in the order's history") String reason,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
            @Parameter(description = "The ETag of the order as the caller read it") String ifMatch, Caller caller) {
        var order = cancelOrder.cancel(new CancelOrderUseCase.CancelOrderCommand(new OrderId(orderId),
                OrderVersions.expected(ifMatch), reason, caller));
        return (order.status() == OrderStatus.CANCELLED ? ResponseEntity.ok() : ResponseEntity.accepted())
                .body(OrderResponse.from(order));
    }

    @GetMapping("/{orderId}/status")
    @Operation(summary = "Get an order's status, the actions it allows next, where its placement is, and its status history",
            description = "With a tracking summary: units shipped of those ordered, and each shipment's carrier, tracking number and link.")
    @ApiResponse(responseCode = "200", description = "The order's status; placement is null for orders placed before placement sagas existed")
    @ApiResponse(responseCode = "404", description = "No such order",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    OrderStatusResponse status(@PathVariable UUID orderId, Caller caller) {
        var id = new OrderId(orderId);
        var order = getOrder.get(id, caller);
        return OrderStatusResponse.from(order, getPlacement.find(id).orElse(null));
    }

    /** The body of {@code POST /api/v1/orders/{id}/payment}. */
    record RetryPaymentRequest(
            @NotBlank @Size(max = 128) @Schema(description = "Another payment method's token, never a card number.",
                    example = "tok_approve") String paymentToken,
            @Schema(description = "What the token stands for; default CARD.", example = "CARD") PaymentMethodType paymentMethod,
            @Pattern(regexp = PaymentProvider.PATTERN, message = "must be a payment gateway's name such as acme")
            @Schema(description = "The payment provider the shopper chose (a payment gateway's name, e.g. the one whose "
                + "checkout widget issued the token): the payment goes there only, when the route for its method, currency and "
                + "amount offers it (docs/payments.md), else 422 payment-provider-not-offered naming the ones it does. Left out: "
                + "the route's gateways, preferred first, with failover.", example = "sandbox", maxLength = 40) String paymentProvider) {
    }

    @PostMapping(path = "/{orderId}/payment", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Pay an order whose payment failed, with another payment method",
            description = "Allowed while the order is PAYMENT_FAILED and within the payment retry window after the decline "
                    + "(order-service.placement.payment-retry-window); the order keeps its stock meanwhile. The placement saga "
                    + "goes back to its payment step with the new method, as a new payment attempt. "
                    + "When the window lapses, the order is cancelled and its stock released.")
    @ApiResponse(responseCode = "200", description = "The order, PAID (or AWAITING_PAYMENT when the customer must confirm)")
    @ApiResponse(responseCode = "202", description = "The new payment attempt is still under way (a slow or unavailable gateway); follow the order")
    @ApiResponse(responseCode = "402", description = "Declined again; the order stays PAYMENT_FAILED",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such order",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Not awaiting a payment retry, or the window has closed",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The payment provider named does not take this payment (payment-provider-not-offered)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<OrderResponse> retryPayment(@PathVariable UUID orderId, @Valid @RequestBody RetryPaymentRequest request,
                                               RequestKey key) {
        var id = new OrderId(orderId);
        retryPayment.retry(new RetryPaymentUseCase.RetryPaymentCommand(id,
                request.paymentMethod() == null ? PaymentMethodType.CARD : request.paymentMethod(),
                new PaymentToken(request.paymentToken()), PaymentProvider.ofNullable(request.paymentProvider()), key));
        var answer = awaitPlacement.await(id, answerWithin);
        return (answer.inProgress() ? ResponseEntity.accepted() : ResponseEntity.ok()).body(OrderResponse.from(answer.order()));
    }
}
