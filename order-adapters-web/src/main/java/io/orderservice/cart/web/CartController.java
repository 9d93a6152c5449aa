package io.orderservice.cart.web;

import io.orderservice.cart.application.port.in.ChangeCartUseCase.AddLine;
import io.orderservice.cart.application.port.in.ChangeCartUseCase.AddPromoCode;
import io.orderservice.cart.application.port.in.ChangeCartUseCase.CartChange;
import io.orderservice.cart.application.port.in.ChangeCartUseCase.ChangeLine;
import io.orderservice.cart.application.port.in.ChangeCartUseCase.RemoveLine;
import io.orderservice.cart.application.port.in.ChangeCartUseCase.RemovePromoCode;
import io.orderservice.cart.application.port.in.ChangeCartUseCase.ShipBy;
import io.orderservice.cart.application.port.in.ChangeCartUseCase.ShipTo;
import io.orderservice.cart.application.port.in.ChangeCartUseCase;
import io.orderservice.cart.application.port.in.CheckoutCartUseCase.Checkout;
import io.orderservice.cart.application.port.in.CheckoutCartUseCase;
import io.orderservice.cart.application.port.in.GetCartQuery;
import io.orderservice.cart.application.port.in.MergeCartsUseCase;
import io.orderservice.cart.application.port.in.OpenCartUseCase.OpenCart;
import io.orderservice.cart.application.port.in.OpenCartUseCase;
import io.orderservice.cart.domain.Cart;
import io.orderservice.cart.domain.CartId;
import io.orderservice.cart.domain.CartLine;
import io.orderservice.ordering.domain.price.ShippingChoice;
import io.orderservice.ordering.web.OrderResponse;
import io.orderservice.shared.Address;
import io.orderservice.shared.Caller;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentProvider;
import io.orderservice.shared.PaymentToken;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.RequestKey;
import io.orderservice.shared.Sku;
import io.orderservice.shared.web.EntityTags;
import io.orderservice.shared.web.GuestOrderTokens;
import io.orderservice.shared.web.StreamTicketResponse;
import io.orderservice.shared.web.StreamTickets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Carts kept by the service (docs/carts.md): opened, changed line by line, priced after every change, merged at login
 * and checked out into an order. Every answer is the whole cart with its version as ETag; a change sent with If-Match
 * is refused (412) when the cart moved on, one sent without is applied to the cart as it is.
 */
@RestController
@Validated
@RequestMapping(path = "/api/v1/carts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Carts", description = "Carts that follow the shopper: priced after every change, merged at login, checked out into an order (docs/carts.md)")
class CartController {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final EntityTags CARTS = new EntityTags("cart");

    private final OpenCartUseCase openCart;
    private final GetCartQuery getCart;
    private final ChangeCartUseCase changeCart;
    private final MergeCartsUseCase mergeCarts;
    private final CheckoutCartUseCase checkoutCart;
    private final CartStreams streams;
    private final StreamTickets tickets;

    CartController(OpenCartUseCase openCart, GetCartQuery getCart, ChangeCartUseCase changeCart, MergeCartsUseCase mergeCarts,
                   CheckoutCartUseCase checkoutCart, CartStreams streams, StreamTickets tickets) {
        this.streams = streams;
        this.tickets = tickets;
        this.openCart = openCart;
        this.getCart = getCart;
        this.changeCart = changeCart;
        this.mergeCarts = mergeCarts;
        this.checkoutCart = checkoutCart;
    }

    /** The refusals every change of a cart may meet. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "200", description = "The cart as changed and priced again; ETag is its new version",
            headers = @Header(name = HttpHeaders.ETAG, description = "The cart's new version", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "Malformed body, a field of the wrong shape, or a malformed If-Match",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such cart, a cart the caller does not reach (cart-not-found), or no such line (cart-line-not-found)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The cart is checked out, merged, or being checked out (cart-closed), or changed by someone else at the same moment too often (concurrent-modification)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "412", description = "If-Match names a version the cart is no longer at",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "A SKU without a price (unknown-sku), an address or shipping way not shipped to (not-shippable), a limit of the cart (invalid-value); nothing changed",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @interface CartChangeAnswers {
    }

    record OpenCartRequest(@NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
                           @Schema(example = "GBP", minLength = 3, maxLength = 3) String currency,
                           @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as GB")
                           @Schema(description = "Where taxes and shipping are estimated until the cart has an address",
                                   example = "GB", minLength = 2, maxLength = 2) String country) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Open a cart",
            description = "A customer's cart (the token's customer, or the one a storefront acts for): a customer has one cart "
                    + "that is not closed, and asking again answers with it (200). A storefront acting for no customer opens an "
                    + "anonymous cart, reached afterwards by whoever holds its id (keep it as a secret, like a session id).")
    @ApiResponse(responseCode = "201", description = "A new cart; Location names it",
            headers = @Header(name = HttpHeaders.ETAG, description = "The cart's version", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "200", description = "The customer's cart that was open already",
            headers = @Header(name = HttpHeaders.ETAG, description = "The cart's version", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "Malformed body or a field of the wrong shape",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "A value the domain refuses",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<CartResponse> open(@Valid @RequestBody OpenCartRequest request, UriComponentsBuilder uri, Caller caller) {
        var opened = openCart.open(new OpenCart(Money.currencyOf(request.currency()), request.country()), caller);
        var cart = opened.cart();
        var location = uri.path("/api/v1/carts/{cartId}").buildAndExpand(cart.id().value()).toUri();
        return (opened.created() ? ResponseEntity.created(location) : ResponseEntity.ok().location(location))
                .eTag(EntityTags.etag(cart.version())).body(CartResponse.from(cart));
    }

    @GetMapping("/{cartId}")
    @Operation(summary = "Read a cart",
            description = "As last priced (after its last change), with each line's availability then. A cart being checked out "
                    + "first learns how its order fared: closed if it was accepted, open again if it was refused.")
    @ApiResponse(responseCode = "200", description = "The cart; ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, description = "The cart's version", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "No such cart, or one the caller does not reach",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<CartResponse> get(@PathVariable UUID cartId, Caller caller) {
        return answer(getCart.get(new CartId(cartId), caller));
    }

    @PostMapping(path = "/{cartId}/stream-tickets")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Get a ticket that opens the cart's stream from a browser",
            description = "A browser's EventSource cannot send an Authorization header: ask for a ticket with the token, then "
                    + "open GET /carts/{cartId}/stream?ticket=… . The ticket opens this cart's stream only, for the caller it "
                    + "was issued to, and expires after order-service.security.stream-tickets.lifetime (2 minutes by default).")
    @ApiResponse(responseCode = "201", description = "The ticket")
    @ApiResponse(responseCode = "404", description = "No such cart, or one the caller does not reach",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    StreamTicketResponse ticket(@PathVariable UUID cartId, Caller caller) {
        getCart.get(new CartId(cartId), caller); // 404 before a ticket is issued
        var stream = "/api/v1/carts/" + cartId + "/stream";
        return StreamTicketResponse.of(tickets.issue(caller, stream), stream);
    }

    @GetMapping(path = "/{cartId}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Follow a cart live (Server-Sent Events)",
            description = "A text/event-stream of `cart` events (data: the cart as JSON, as GET answers it; id: its version): "
                    + "the cart as it is now, then the cart after each change, made on any instance, within "
                    + "order-service.carts.poll-every (1 s) of it. Several changes within one interval arrive as one event with "
                    + "the latest version: a client that sees a version jump has the whole cart anyway. Reconnecting with "
                    + "Last-Event-ID sends the cart only if it changed since. Prices and stock of a watched cart are checked again "
                    + "every order-service.carts.refresh-watched-every (30 s): what the shopper would see differently arrives as a "
                    + "new version. The stream ends after a CHECKED_OUT or MERGED cart, and after "
                    + "order-service.carts.stream-timeout (the client reconnects). Authenticated by the bearer token, or, from a "
                    + "browser's EventSource, by a ticket from POST /carts/{cartId}/stream-tickets in the query.")
    @ApiResponse(responseCode = "200", description = "The stream",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(type = "string", maxLength = 1_000_000)))
    @ApiResponse(responseCode = "404", description = "No such cart, or one the caller does not reach",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @Parameter(in = ParameterIn.HEADER, name = "Last-Event-ID", description = "The version of the cart the client saw last",
            schema = @Schema(type = "integer", format = "int64", minimum = "0", maximum = "9223372036854775807"))
    SseEmitter stream(@PathVariable UUID cartId,
                      @Parameter(hidden = true) @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
                      @RequestParam(required = false) @Size(max = 2000) @Pattern(regexp = "^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$")
                      @Parameter(description = "A stream ticket (POST /carts/{cartId}/stream-tickets), for clients that cannot "
                              + "send an Authorization header; checked before this operation runs") String ticket,
                      Caller caller) {
        var cart = getCart.get(new CartId(cartId), caller); // 404 before anything is streamed
        return streams.open(cart, caller, lastSeen(lastEventId));
    }

    private static long lastSeen(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return -1;
        }
        try {
            return Math.max(-1, Long.parseLong(lastEventId.trim()));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("Last-Event-ID is a cart version, not " + lastEventId);
        }
    }

    record CartAddLineRequest(@NotBlank @Size(max = 64) @Schema(example = "TSHIRT-BLK-M") String sku,
                          @NotNull @Min(1) @Max(Quantity.MAX) @Schema(example = "2") Integer quantity,
                          @Size(max = CartLine.MAX_NOTE) @Schema(description = "A note for the line (engraving, a message)")
                          String note,
                          @Schema(description = "Whether the line is a gift; unchanged when left out") Boolean gift) {
    }

    @PostMapping(path = "/{cartId}/lines", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a line",
            description = "Units of a SKU join the line that has it (quantities add) or make a new line. With an Idempotency-Key "
                    + "they are added once however often the request is sent, even after a crash (the first answer is replayed).")
    @CartChangeAnswers
    ResponseEntity<CartResponse> addLine(@PathVariable UUID cartId, @Valid @RequestBody CartAddLineRequest request,
                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                         @Parameter(description = "The ETag of the cart as the caller read it (optional)") String ifMatch,
                                         Caller caller, RequestKey requestKey) {
        return change(cartId, ifMatch, caller, new AddLine(new Sku(request.sku()), Quantity.of(request.quantity()),
                request.note(), request.gift(), requestKey));
    }

    record CartChangeLineRequest(@Min(1) @Max(Quantity.MAX) @Schema(example = "3") Integer quantity,
                             @Size(max = CartLine.MAX_NOTE) String note, Boolean gift,
                             @Schema(description = "true moves the line to those saved for later, false back to those to buy")
                             Boolean savedForLater) {
    }

    @PatchMapping(path = "/{cartId}/lines/{lineNumber}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a line",
            description = "Its quantity, note, gift flag, or whether it is saved for later; fields left out stay as they are. A line "
                    + "moved to the other list joins the line of its SKU there, if there is one.")
    @CartChangeAnswers
    ResponseEntity<CartResponse> changeLine(@PathVariable UUID cartId, @PathVariable @Min(1) @Max(Integer.MAX_VALUE) int lineNumber,
                                            @Valid @RequestBody CartChangeLineRequest request,
                                            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                            @Parameter(description = "The ETag of the cart as the caller read it (optional)") String ifMatch,
                                            Caller caller) {
        return change(cartId, ifMatch, caller, new ChangeLine(lineNumber, request.quantity() == null ? null
                : Quantity.of(request.quantity()), request.note(), request.gift(), request.savedForLater()));
    }

    @DeleteMapping("/{cartId}/lines/{lineNumber}")
    @Operation(summary = "Remove a line")
    @CartChangeAnswers
    ResponseEntity<CartResponse> removeLine(@PathVariable UUID cartId, @PathVariable @Min(1) @Max(Integer.MAX_VALUE) int lineNumber,
                                            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                            @Parameter(description = "The ETag of the cart as the caller read it (optional)") String ifMatch,
                                            Caller caller) {
        return change(cartId, ifMatch, caller, new RemoveLine(lineNumber));
    }

    record CartPromoCodeRequest(@NotBlank @Size(max = 64) @Schema(example = "WELCOME10") String code) {
    }

    @PostMapping(path = "/{cartId}/promo-codes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Enter a promo code",
            description = "Case does not matter. A code that gives the cart nothing (unknown, expired, not for these goods) is kept "
                    + "and shown as not applied; checkout leaves it out.")
    @CartChangeAnswers
    ResponseEntity<CartResponse> addPromoCode(@PathVariable UUID cartId, @Valid @RequestBody CartPromoCodeRequest request,
                                              @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                              @Parameter(description = "The ETag of the cart as the caller read it (optional)") String ifMatch,
                                              Caller caller) {
        return change(cartId, ifMatch, caller, new AddPromoCode(request.code()));
    }

    @DeleteMapping("/{cartId}/promo-codes/{code}")
    @Operation(summary = "Take a promo code out", description = "A code the cart does not hold changes nothing.")
    @CartChangeAnswers
    ResponseEntity<CartResponse> removePromoCode(@PathVariable UUID cartId, @PathVariable @Size(min = 1, max = 64) String code,
                                                 @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                                 @Parameter(description = "The ETag of the cart as the caller read it (optional)") String ifMatch,
                                                 Caller caller) {
        return change(cartId, ifMatch, caller, new RemovePromoCode(code));
    }

    record CartShippingAddressRequest(@NotBlank @Size(max = 200) @Schema(example = "Ada Lovelace") String recipient,
                                  @NotBlank @Size(max = 200) @Schema(example = "12 Analytical Way") String line1,
                                  @Size(max = 200) String line2,
                                  @NotBlank @Size(max = 100) @Schema(example = "London") String city,
                                  @Size(max = 100) String region,
                                  @NotBlank @Size(max = 20) @Schema(example = "N1 9GU") String postalCode,
                                  @NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as GB")
                                  @Schema(example = "GB", minLength = 2, maxLength = 2) String countryCode) {
        Address toAddress() {
            return new Address(recipient, line1, line2, city, region, postalCode, countryCode);
        }
    }

    @PutMapping(path = "/{cartId}/shipping-address", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set where it ships",
            description = "Taxes and shipping are priced for the address from now on (no longer estimated); the cart's country "
                    + "becomes the address's. Whether the address can be delivered to is checked at checkout.")
    @CartChangeAnswers
    ResponseEntity<CartResponse> shipTo(@PathVariable UUID cartId, @Valid @RequestBody CartShippingAddressRequest request,
                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                        @Parameter(description = "The ETag of the cart as the caller read it (optional)") String ifMatch,
                                        Caller caller) {
        return change(cartId, ifMatch, caller, new ShipTo(request.toAddress()));
    }

    record CartShippingRequest(@NotBlank @Pattern(regexp = ShippingChoice.PATTERN)
                           @Schema(description = "cheapest, fastest, or a carrier's service as carrier/service (one of shippingOptions)",
                                   example = "fastest", maxLength = 129) String shipping) {
    }

    @PutMapping(path = "/{cartId}/shipping", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Choose how it ships")
    @CartChangeAnswers
    ResponseEntity<CartResponse> shipBy(@PathVariable UUID cartId, @Valid @RequestBody CartShippingRequest request,
                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                        @Parameter(description = "The ETag of the cart as the caller read it (optional)") String ifMatch,
                                        Caller caller) {
        return change(cartId, ifMatch, caller, new ShipBy(ShippingChoice.parse(request.shipping())));
    }

    record CartMergeRequest(@NotNull @Schema(description = "The shopper's anonymous cart, from before they signed in", maxLength = 36) UUID cartId) {
    }

    @PostMapping(path = "/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Merge an anonymous cart at login",
            description = "The anonymous cart's lines go into the customer's open cart by the merge rule (docs/carts.md): "
                    + "quantities of a SKU add up, capped at the stock of a SKU sold from stock only and at a line's limit; a SKU "
                    + "with nothing to sell is saved for later. A customer with no open cart takes the anonymous cart over. "
                    + "mergeAdjustments says what did not go in as it was. Merging again answers with the same cart.")
    @ApiResponse(responseCode = "200", description = "The customer's cart after the merge",
            headers = @Header(name = HttpHeaders.ETAG, description = "The cart's version", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "Malformed body",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "The caller is no customer and acts for none",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such cart",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "A cart is closed (cart-closed) or changed at the same moment too often",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The cart is another customer's, or in another currency",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<CartResponse> merge(@Valid @RequestBody CartMergeRequest request, Caller caller) {
        var merged = mergeCarts.merge(new CartId(request.cartId()), caller);
        return ResponseEntity.ok().eTag(EntityTags.etag(merged.cart().version()))
                .body(CartResponse.from(merged.cart(), merged.adjustments()));
    }

    record CartCheckoutRequest(@NotBlank @Size(max = 128)
                           @Schema(description = "A payment gateway's token, never a card number. Sandbox tokens: see README.",
                                   example = "tok_approve") String paymentToken,
                           @Schema(description = "What the token stands for (default CARD)", example = "CARD")
                           PaymentMethodType paymentMethod,
                           @Pattern(regexp = PaymentProvider.PATTERN, message = "must be a payment gateway's name such as acme")
                           @Schema(description = "The payment provider the shopper chose (a payment gateway's name, e.g. the one whose "
                                   + "checkout widget issued the token): the payment goes there only, when the route for its method, currency and "
                                   + "amount offers it (docs/payments.md), else 422 payment-provider-not-offered naming the ones it does. Left out: "
                                   + "the route's gateways, preferred first, with failover.", example = "sandbox", maxLength = 40)
                           String paymentProvider,
                           @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as GB")
                           @Schema(minLength = 2, maxLength = 2, description = "Country of the payment method's billing address, if known",
                                   example = "GB") String billingCountry) {
    }

    @PostMapping(path = "/{cartId}/checkout", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Check the cart out into an order",
            description = "Places the cart's lines to buy, shipped to its address the way it chose, with the promo codes that apply, "
                    + "through the placement saga (docs/placement.md). The order may cost at most the cart's grandTotal as last "
                    + "shown: if prices, promotions, taxes or shipping rose since, nothing is placed, the cart is priced again and "
                    + "the answer is 409 price-changed, for the shopper to see the new total before paying; a total that fell is "
                    + "charged as it is. The cart closes only when the order is accepted; a refused checkout leaves it open. Any "
                    + "number of tries of one checkout (retries, a second device at the same moment) place one order. An anonymous "
                    + "cart checked out by a storefront acting for no customer becomes a guest order, whose accessToken is in this "
                    + "answer only.")
    @ApiResponse(responseCode = "201", description = "Placed; Location names the order. PAID, or AWAITING_PAYMENT when the customer must still confirm the payment")
    @ApiResponse(responseCode = "202", description = "Accepted and still being placed; follow Location (the cart stays CHECKING_OUT until it is decided)")
    @ApiResponse(responseCode = "400", description = "Malformed body or a malformed If-Match",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "402", description = "The payment was declined; the order (PAYMENT_FAILED) may be paid another way on the order (POST /orders/{orderId}/payment); the cart stays CHECKING_OUT until that is decided",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such cart, or one the caller does not reach",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The order would cost more than the cart showed (price-changed: the cart is priced again), not enough stock (insufficient-stock), a promo code used up, or the cart is closed (cart-closed)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "412", description = "If-Match names a version the cart is no longer at",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Nothing to buy, no address, or a line that cannot be had (cart-not-ready); an undeliverable address, an unknown SKU, not shippable, a promo code that no longer applies, a payment provider not offered, or an order not accepted",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<OrderResponse> checkout(@PathVariable UUID cartId, @Valid @RequestBody CartCheckoutRequest request,
                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                           @Parameter(description = "The ETag of the cart as the shopper saw it (optional)") String ifMatch,
                                           HttpServletRequest http, UriComponentsBuilder uri, Caller caller) {
        var checkedOut = checkoutCart.checkout(new Checkout(new CartId(cartId), CARTS.expected(ifMatch),
                request.paymentMethod() == null ? PaymentMethodType.CARD : request.paymentMethod(),
                new PaymentToken(request.paymentToken()), PaymentProvider.ofNullable(request.paymentProvider()),
                request.billingCountry(), http.getRemoteAddr(),
                caller.customer() == null ? GuestOrderTokens.newAccessToken() : null), caller);
        var answer = checkedOut.answer();
        var location = uri.path("/api/v1/orders/{orderId}").buildAndExpand(answer.order().id().value()).toUri();
        var response = answer.inProgress() ? ResponseEntity.accepted().location(location)
                : ResponseEntity.status(HttpStatus.CREATED).location(location);
        return response.body(OrderResponse.from(answer.order(), checkedOut.guestAccessToken()));
    }

    private ResponseEntity<CartResponse> change(UUID cartId, String ifMatch, Caller caller, CartChange change) {
        return answer(changeCart.change(new CartId(cartId), CARTS.expected(ifMatch), change, caller));
    }

    private static ResponseEntity<CartResponse> answer(Cart cart) {
        return ResponseEntity.ok().eTag(EntityTags.etag(cart.version())).body(CartResponse.from(cart));
    }
}
