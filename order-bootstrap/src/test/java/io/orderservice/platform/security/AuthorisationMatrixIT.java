package io.orderservice.platform.security;

import static io.orderservice.platform.security.AuthorisationMatrixIT.Who.ADMIN;
import static io.orderservice.platform.security.AuthorisationMatrixIT.Who.ANONYMOUS;
import static io.orderservice.platform.security.AuthorisationMatrixIT.Who.APPROVER;
import static io.orderservice.platform.security.AuthorisationMatrixIT.Who.CUSTOMER;
import static io.orderservice.platform.security.AuthorisationMatrixIT.Who.GUEST_OF_ANOTHER_ORDER;
import static io.orderservice.platform.security.AuthorisationMatrixIT.Who.OTHER_CUSTOMER;
import static io.orderservice.platform.security.AuthorisationMatrixIT.Who.STOREFRONT;
import static io.orderservice.platform.security.AuthorisationMatrixIT.Who.SUPPORT;
import static io.orderservice.platform.security.AuthorisationMatrixIT.Who.SUPPORT_LEAD;
import static io.orderservice.platform.security.AuthorisationMatrixIT.Who.WAREHOUSE;
import static io.orderservice.support.Http.orderJson;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderservice.support.CarrierReports;
import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import io.orderservice.support.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every operation of docs/openapi.yaml against every kind of caller, with real tokens of the embedded authorization
 * server and real fixtures. Who may call what is written here, in this test's own table ({@link #MAY}), from the
 * roles docs/security.md describes — not read from the configuration the service enforces, so the code is not checked
 * against itself. An operation of the contract without a row fails the test, so a new endpoint cannot ship without a
 * decided rule.
 *
 * <p>An allowed cell must reach the handler and succeed on a real object of the right owner (an order of customer 42,
 * in the state the operation needs); a refused one must be refused the way the contract says: 401 without a token,
 * 403 for a role that may not, 404 for another customer on customer 42's order (as if it did not exist), and 401 for a
 * guest whose order access token is another order's.
 */
@OrderServiceIntegrationTest
class AuthorisationMatrixIT {

    /** The kinds of caller; each but the anonymous one has a client of its own. */
    enum Who {
        ANONYMOUS(null), CUSTOMER("customer-42"), OTHER_CUSTOMER("customer-7"), STOREFRONT("test-storefront-42"),
        SUPPORT("support"), SUPPORT_LEAD("support-lead"), APPROVER("approver"), WAREHOUSE("warehouse"), ADMIN("admin"),
        /** A guest holding the access token of another (guest) order. */
        GUEST_OF_ANOTHER_ORDER(null);

        final String client;

        Who(String client) {
            this.client = client;
        }
    }

    private static final String OWNER = "customer-42";
    private static final Set<Who> SHOPPERS = EnumSet.of(CUSTOMER, STOREFRONT, SUPPORT, SUPPORT_LEAD);
    private static final Set<Who> READERS = EnumSet.of(CUSTOMER, STOREFRONT, SUPPORT, SUPPORT_LEAD, APPROVER, WAREHOUSE);
    /** Who changes customer 42's cart: the customer, and a storefront acting for them. */
    private static final Set<Who> CART_OWNERS = EnumSet.of(CUSTOMER, STOREFRONT);

    /** Who may call each operation: everyone else is refused. Webhooks take no token: {@link #SIGNED}. */
    static final Map<String, Set<Who>> MAY = Map.ofEntries(
            entry("POST /api/v1/orders", SHOPPERS),
            entry("GET /api/v1/orders", union(READERS, OTHER_CUSTOMER)),
            entry("GET /api/v1/orders/{orderId}", READERS),
            entry("PUT /api/v1/orders/{orderId}", SHOPPERS),
            entry("DELETE /api/v1/orders/{orderId}", SHOPPERS),
            entry("GET /api/v1/orders/{orderId}/status", READERS),
            entry("GET /api/v1/orders/{orderId}/fulfilment", READERS),
            entry("GET /api/v1/orders/{orderId}/tracking", READERS),
            entry("GET /api/v1/orders/{orderId}/tracking/stream", READERS),
            entry("POST /api/v1/orders/{orderId}/tracking/stream-tickets", READERS),
            entry("GET /api/v1/orders/{orderId}/refunds", READERS),
            entry("GET /api/v1/orders/{orderId}/refunds/{refundId}", READERS),
            entry("GET /api/v1/orders/{orderId}/notes", READERS),
            entry("POST /api/v1/orders/{orderId}/notes", READERS),
            entry("GET /api/v1/orders/{orderId}/audit", EnumSet.of(SUPPORT, SUPPORT_LEAD, APPROVER, ADMIN)),
            entry("POST /api/v1/orders/{orderId}/items", SHOPPERS),
            entry("PUT /api/v1/orders/{orderId}/items/{lineNumber}", SHOPPERS),
            entry("DELETE /api/v1/orders/{orderId}/items/{lineNumber}", SHOPPERS),
            entry("POST /api/v1/orders/{orderId}/payment", SHOPPERS),
            entry("GET /api/v1/orders/{orderId}/satisfaction", SHOPPERS),
            entry("PUT /api/v1/orders/{orderId}/satisfaction", EnumSet.of(CUSTOMER, STOREFRONT)),
            entry("POST /api/v1/orders/{orderId}/approval", EnumSet.of(APPROVER)),
            entry("POST /api/v1/orders/{orderId}/refunds", EnumSet.of(SUPPORT, SUPPORT_LEAD)),
            entry("POST /api/v1/orders/{orderId}/refunds/{refundId}/retry", EnumSet.of(SUPPORT, SUPPORT_LEAD)),
            entry("POST /api/v1/orders/{orderId}/ship", EnumSet.of(WAREHOUSE)),
            entry("POST /api/v1/orders/{orderId}/short-picks", EnumSet.of(WAREHOUSE)),
            entry("POST /api/v1/orders/{orderId}/returns", SHOPPERS),
            entry("GET /api/v1/orders/{orderId}/returns", READERS),
            entry("GET /api/v1/orders/{orderId}/returns/{returnId}", READERS),
            entry("POST /api/v1/orders/{orderId}/returns/{returnId}/decision", EnumSet.of(SUPPORT, SUPPORT_LEAD)),
            entry("POST /api/v1/orders/{orderId}/returns/{returnId}/receipt", EnumSet.of(WAREHOUSE)),
            entry("GET /api/v1/returns/awaiting-decision", EnumSet.of(SUPPORT, SUPPORT_LEAD)),
            entry("POST /api/v1/price-quotes", SHOPPERS),
            entry("POST /api/v1/carts", EnumSet.of(CUSTOMER, OTHER_CUSTOMER, STOREFRONT)),
            entry("GET /api/v1/carts/{cartId}", EnumSet.of(CUSTOMER, STOREFRONT, SUPPORT, SUPPORT_LEAD)),
            entry("GET /api/v1/carts/{cartId}/stream", EnumSet.of(CUSTOMER, STOREFRONT, SUPPORT, SUPPORT_LEAD)),
            entry("POST /api/v1/carts/{cartId}/stream-tickets", EnumSet.of(CUSTOMER, STOREFRONT, SUPPORT, SUPPORT_LEAD)),
            entry("POST /api/v1/carts/{cartId}/lines", CART_OWNERS),
            entry("PATCH /api/v1/carts/{cartId}/lines/{lineNumber}", CART_OWNERS),
            entry("DELETE /api/v1/carts/{cartId}/lines/{lineNumber}", CART_OWNERS),
            entry("POST /api/v1/carts/{cartId}/promo-codes", CART_OWNERS),
            entry("DELETE /api/v1/carts/{cartId}/promo-codes/{code}", CART_OWNERS),
            entry("PUT /api/v1/carts/{cartId}/shipping-address", CART_OWNERS),
            entry("PUT /api/v1/carts/{cartId}/shipping", CART_OWNERS),
            entry("POST /api/v1/carts/{cartId}/checkout", CART_OWNERS),
            entry("POST /api/v1/carts/merge", EnumSet.of(CUSTOMER, OTHER_CUSTOMER, STOREFRONT)),
            entry("GET /api/v1/promo-codes/{code}", union(SHOPPERS, OTHER_CUSTOMER, ADMIN)),
            entry("PUT /api/v1/admin/stock", EnumSet.of(WAREHOUSE, ADMIN)),
            entry("POST /api/v1/admin/stock/receipts", EnumSet.of(WAREHOUSE, ADMIN)),
            entry("GET /api/v1/admin/stock/{sku}", EnumSet.of(WAREHOUSE, ADMIN)),
            entry("GET /api/v1/admin/stock-items/{sku}", EnumSet.of(WAREHOUSE, ADMIN)),
            entry("PUT /api/v1/admin/stock-items/{sku}", EnumSet.of(ADMIN)),
            entry("GET /api/v1/admin/customers/{customerId}/pricing-profile", EnumSet.of(SUPPORT, SUPPORT_LEAD, ADMIN)),
            entry("PUT /api/v1/admin/customers/{customerId}/pricing-profile", EnumSet.of(ADMIN)),
            entry("GET /api/v1/admin/tax-rules", EnumSet.of(ADMIN)),
            entry("POST /api/v1/admin/tax-rules", EnumSet.of(ADMIN)),
            entry("POST /api/v1/admin/tax-rules/{id}/end", EnumSet.of(ADMIN)),
            entry("GET /api/v1/admin/promotions", EnumSet.of(ADMIN)),
            entry("POST /api/v1/admin/promotions", EnumSet.of(ADMIN)),
            entry("POST /api/v1/admin/promotions/{id}/deactivate", EnumSet.of(ADMIN)),
            entry("POST /api/v1/admin/placements/{orderId}/review", EnumSet.of(APPROVER)),
            entry("GET /api/v1/admin/placements/stuck", EnumSet.of(SUPPORT, SUPPORT_LEAD, ADMIN)),
            entry("GET /api/v1/admin/placements/{orderId}", EnumSet.of(SUPPORT, SUPPORT_LEAD, APPROVER, ADMIN)),
            entry("POST /api/v1/admin/placements/{orderId}/retry", EnumSet.of(ADMIN)),
            entry("POST /api/v1/admin/payments/{orderId}/resume", EnumSet.of(ADMIN)),
            entry("GET /api/v1/admin/refunds/failed", EnumSet.of(SUPPORT, SUPPORT_LEAD, ADMIN)),
            entry("POST /api/v1/admin/placements/{orderId}/compensate", EnumSet.of(ADMIN)));

    /** Operations that take no token but a sender's signature: unsigned, nobody gets in, whatever token they carry. */
    static final Set<String> SIGNED = Set.of("POST /api/v1/payments/webhooks/{gateway}",
            "POST /api/v1/carriers/{carrier}/tracking-events");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private Http staff;

    @BeforeEach
    void staff() {
        staff = new Http(port);
    }

    /** A request to make, and the status it has when it succeeds. */
    record Call(String method, String path, String body, int success, String... headers) {
    }

    @Test
    void everyOperationOfTheContractHasARow() throws IOException {
        var documented = new TreeSet<String>();
        var paths = YAMLMapper.builder().build().readTree(Files.readString(Path.of("..", "docs", "openapi.yaml"))).get("paths");
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (Set.of("get", "put", "post", "delete", "patch").contains(operation.getKey())) {
                documented.add(operation.getKey().toUpperCase() + " " + path.getKey());
            }
        }));
        var decided = new TreeSet<>(MAY.keySet());
        decided.addAll(SIGNED);

        assertThat(documented).as("every operation has a decided rule here, and every row an operation").isEqualTo(decided);
    }

    @Test
    void everyCallerGetsWhatTheTableSaysOnEveryOperation() {
        var fixtures = fixtures();
        assertThat(fixtures.keySet()).as("a fixture per operation").isEqualTo(MAY.keySet());
        var wrong = new ArrayList<String>();
        MAY.forEach((operation, allowed) -> {
            for (var who : Who.values()) {
                var call = fixtures.get(operation).apply(who);
                int expected = allowed.contains(who) ? call.success() : refusal(operation, who);
                int actual = send(who, call);
                if (actual != expected) {
                    wrong.add(operation + " as " + who + ": " + actual + ", expected " + expected);
                }
            }
        });
        assertThat(wrong).as("cells that differ from the table").isEmpty();
    }

    @Test
    void signedWebhooksLetNoTokenInWithoutTheSignatureAndTakeASignedReport() {
        var trackingNumber = CarrierReports.shipWithDhl(new Http(port), paid(), null);
        var report = CarrierReports.body(trackingNumber, CarrierReports.event("PICKED_UP", "2026-11-28T09:00:00Z"));
        for (var who : EnumSet.complementOf(EnumSet.of(GUEST_OF_ANOTHER_ORDER))) {
            var http = who == ANONYMOUS ? Http.anonymous(port) : Http.as(port, who.client);
            assertThat(http.postJson("/api/v1/carriers/dhl/tracking-events", report).status()).as("unsigned, as " + who)
                    .isEqualTo(400);
            assertThat(http.postJson("/api/v1/payments/webhooks/sandbox", "{\"id\": \"evt_1\"}").status()).as("unsigned, as " + who)
                    .isBetween(400, 404);
        }
        assertThat(Http.anonymous(port).send("POST", "/api/v1/carriers/dhl/tracking-events", report, "X-Signature",
                CarrierReports.signature("whsec_test_dhl", report)).status()).isEqualTo(200);
    }

    /** How a caller the table does not allow is refused. */
    private static int refusal(String operation, Who who) {
        if (who == ANONYMOUS || who == GUEST_OF_ANOTHER_ORDER) {
            return 401;
        }
        boolean onCustomersOrder = operation.contains("/orders/{orderId}") || operation.contains("/carts/{cartId}");
        boolean customersMay = MAY.get(operation).contains(CUSTOMER);
        return who == OTHER_CUSTOMER && onCustomersOrder && customersMay ? 404 : 403;
    }

    private int send(Who who, Call call) {
        if (call.path().endsWith("/stream")) {
            return openStream(who, call.path());
        }
        if (who == GUEST_OF_ANOTHER_ORDER) {
            var headers = new ArrayList<>(List.of(call.headers()));
            headers.addAll(List.of("Order-Access-Token", guestToken()));
            return Http.anonymous(port).send(call.method(), call.path(), call.body(), headers.toArray(String[]::new)).status();
        }
        var http = who == ANONYMOUS ? Http.anonymous(port) : Http.as(port, who.client);
        return http.send(call.method(), call.path(), call.body(), call.headers()).status();
    }

    /** An event stream's status, without waiting for the stream to end. */
    private int openStream(Who who, String path) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(10));
        if (who == GUEST_OF_ANOTHER_ORDER) {
            request.header("Order-Access-Token", guestToken());
        } else if (who != ANONYMOUS) {
            request.header("Authorization", Tokens.bearer("http://localhost:" + port, who.client));
        }
        try {
            var response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return response.statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Fixtures: for each operation, the request a caller makes, on a real object in the state it needs. Operations
    // that change what they act on get a fresh object for every caller.

    private Map<String, Function<Who, Call>> fixtures() {
        var order = paid();
        var orderPath = "/api/v1/orders/" + order;
        var shipped = paid();
        CarrierReports.shipWithDhl(staff, shipped, null);
        // The shipment captures the payment a moment later, through the outbox: only then is there money to refund.
        await().atMost(Duration.ofSeconds(20)).until(() -> !staff.get("/api/v1/orders/" + shipped).json()
                .at("/payment/captured/amount").asString().equals("0.00"));
        var refund = staff.postJson("/api/v1/orders/" + shipped + "/refunds", "{\"reasonCode\": \"goodwill\", \"amount\": \"1.00\"}");
        assertThat(refund.status()).as(refund.body()).isEqualTo(202);
        var delivered = paid();
        var trackingNumber = CarrierReports.shipWithDhl(staff, delivered, null);
        CarrierReports.report(staff, trackingNumber, CarrierReports.event("DELIVERED", "2026-11-28T11:00:00Z"));
        var waitingForApproval = place("approval-" + UUID.randomUUID(), "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1200}]",
                "tok_approve", 202);
        var profileCustomer = "matrix-" + UUID.randomUUID();
        assertThat(staff.send("PUT", "/api/v1/admin/customers/" + profileCustomer + "/pricing-profile", "{\"business\": false}")
                .status()).isEqualTo(200);
        var code = "MATRIX" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(promotion(code)).isNotNull();
        var today = LocalDate.now(ZoneOffset.UTC);
        var returned = returnable("[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]");
        var returnPath = "/api/v1/orders/" + returned + "/returns";
        var made = staff.postJson(returnPath, returnJson(returned, 1, "damaged"));
        assertThat(made.status()).as(made.body()).isEqualTo(201);

        return Map.ofEntries(
                entry("POST /api/v1/orders", who -> new Call("POST", "/api/v1/orders",
                        orderJson(OWNER, "EUR", "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_approve"), 201)),
                entry("GET /api/v1/orders", who -> new Call("GET", "/api/v1/orders?limit=1", null, 200)),
                entry("GET /api/v1/orders/{orderId}", who -> new Call("GET", orderPath, null, 200)),
                entry("PUT /api/v1/orders/{orderId}", who -> {
                    var fresh = paid();
                    return new Call("PUT", "/api/v1/orders/" + fresh, """
                            {"shippingAddress": {"recipient": "Ada Lovelace", "line1": "14 Analytical Way", "city": "London",
                                                 "postalCode": "N1 9GU", "countryCode": "GB"}}""", 200, "If-Match", etag(fresh));
                }),
                entry("DELETE /api/v1/orders/{orderId}", who -> new Call("DELETE", "/api/v1/orders/" + paid(), null, 200)),
                entry("GET /api/v1/orders/{orderId}/status", who -> new Call("GET", orderPath + "/status", null, 200)),
                entry("GET /api/v1/orders/{orderId}/fulfilment", who -> new Call("GET", orderPath + "/fulfilment", null, 200)),
                entry("GET /api/v1/orders/{orderId}/tracking", who -> new Call("GET", orderPath + "/tracking", null, 200)),
                // A stream answers once it has something to say: the delivered order's milestones.
                entry("GET /api/v1/orders/{orderId}/tracking/stream", who -> new Call("GET", "/api/v1/orders/" + delivered
                        + "/tracking/stream", null, 200)),
                entry("POST /api/v1/orders/{orderId}/tracking/stream-tickets",
                        who -> new Call("POST", orderPath + "/tracking/stream-tickets", null, 201)),
                entry("GET /api/v1/orders/{orderId}/refunds", who -> new Call("GET", "/api/v1/orders/" + shipped + "/refunds", null, 200)),
                entry("GET /api/v1/orders/{orderId}/refunds/{refundId}", who -> new Call("GET", "/api/v1/orders/" + shipped
                        + "/refunds/" + refund.json().get("id").asString(), null, 200)),
                entry("GET /api/v1/orders/{orderId}/notes", who -> new Call("GET", orderPath + "/notes", null, 200)),
                entry("POST /api/v1/orders/{orderId}/notes", who -> new Call("POST", orderPath + "/notes", "{\"text\": \"matrix\"}", 201)),
                entry("GET /api/v1/orders/{orderId}/audit", who -> new Call("GET", orderPath + "/audit", null, 200)),
                entry("POST /api/v1/orders/{orderId}/items", who -> {
                    var fresh = paid();
                    return new Call("POST", "/api/v1/orders/" + fresh + "/items", "{\"sku\": \"TSHIRT-BLK-M\", \"quantity\": 1}", 201,
                            "If-Match", etag(fresh));
                }),
                entry("PUT /api/v1/orders/{orderId}/items/{lineNumber}", who -> {
                    var fresh = paid();
                    return new Call("PUT", "/api/v1/orders/" + fresh + "/items/1", "{\"quantity\": 2}", 200, "If-Match", etag(fresh));
                }),
                entry("DELETE /api/v1/orders/{orderId}/items/{lineNumber}", who -> {
                    var fresh = place(OWNER, "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}, {\"sku\": \"TSHIRT-BLK-M\", \"quantity\": 1}]",
                            "tok_approve", 201);
                    return new Call("DELETE", "/api/v1/orders/" + fresh + "/items/2", null, 200, "If-Match", etag(fresh));
                }),
                entry("POST /api/v1/orders/{orderId}/payment", who -> new Call("POST", "/api/v1/orders/"
                        + place(OWNER, "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_decline", 402) + "/payment",
                        "{\"paymentToken\": \"tok_approve\"}", 200)),
                entry("GET /api/v1/orders/{orderId}/satisfaction", who -> {
                    assertThat(Http.as(port, CUSTOMER.client).send("PUT", "/api/v1/orders/" + delivered + "/satisfaction",
                            "{\"stars\": 5}").status()).isEqualTo(200);
                    return new Call("GET", "/api/v1/orders/" + delivered + "/satisfaction", null, 200);
                }),
                entry("PUT /api/v1/orders/{orderId}/satisfaction", who -> new Call("PUT", "/api/v1/orders/" + delivered + "/satisfaction",
                        "{\"stars\": 4}", 200)),
                entry("POST /api/v1/orders/{orderId}/approval", who -> new Call("POST", "/api/v1/orders/"
                        + (who == APPROVER ? place("approval-" + UUID.randomUUID(), "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1200}]",
                        "tok_approve", 202) : waitingForApproval) + "/approval", "{\"approve\": false, \"reason\": \"matrix\"}", 200)),
                entry("POST /api/v1/orders/{orderId}/refunds", who -> new Call("POST", "/api/v1/orders/" + shipped + "/refunds",
                        "{\"reasonCode\": \"goodwill\", \"amount\": \"0.10\"}", 202)),
                entry("POST /api/v1/orders/{orderId}/refunds/{refundId}/retry", who -> new Call("POST", "/api/v1/orders/"
                        + failedRefund() + "/retry", null, 202)),
                entry("POST /api/v1/orders/{orderId}/ship", who -> new Call("POST", "/api/v1/orders/" + paid() + "/ship",
                        "{\"carrier\": \"own-fleet\"}", 200)),
                entry("POST /api/v1/orders/{orderId}/short-picks", who -> new Call("POST", "/api/v1/orders/" + paid() + "/short-picks",
                        "{\"location\": \"MAIN\", \"lineNumber\": 1, \"missing\": 1}", 200)),
                entry("POST /api/v1/orders/{orderId}/returns", who -> {
                    var fresh = returnable("[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]");
                    return new Call("POST", "/api/v1/orders/" + fresh + "/returns", returnJson(fresh, 1, "damaged"), 201);
                }),
                entry("GET /api/v1/orders/{orderId}/returns", who -> new Call("GET", returnPath, null, 200)),
                entry("GET /api/v1/orders/{orderId}/returns/{returnId}", who -> new Call("GET", returnPath + "/"
                        + made.json().get("id").asString(), null, 200)),
                // five T-shirts (119.94 with VAT) are beyond what a rule approves at once: the request waits for support
                entry("POST /api/v1/orders/{orderId}/returns/{returnId}/decision", who -> {
                    var fresh = returnable("[{\"sku\": \"TSHIRT-BLK-M\", \"quantity\": 5}]");
                    var waiting = staff.postJson("/api/v1/orders/" + fresh + "/returns", returnJson(fresh, 5, "damaged"));
                    assertThat(waiting.json().get("status").asString()).as(waiting.body()).isEqualTo("REQUESTED");
                    return new Call("POST", "/api/v1/orders/" + fresh + "/returns/" + waiting.json().get("id").asString()
                            + "/decision", "{\"outcome\": \"REJECT\", \"reason\": \"matrix\"}", 200);
                }),
                entry("POST /api/v1/orders/{orderId}/returns/{returnId}/receipt", who -> {
                    var fresh = returnable("[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]");
                    var approved = staff.postJson("/api/v1/orders/" + fresh + "/returns", returnJson(fresh, 1, "damaged"));
                    assertThat(approved.json().get("status").asString()).as(approved.body()).isEqualTo("APPROVED");
                    return new Call("POST", "/api/v1/orders/" + fresh + "/returns/" + approved.json().get("id").asString()
                            + "/receipt", "{\"location\": \"MAIN\", \"lines\": [{\"lineNumber\": 1, \"restockable\": 0, "
                            + "\"damaged\": 1, \"refused\": 0}]}", 200);
                }),
                entry("GET /api/v1/returns/awaiting-decision", who -> new Call("GET", "/api/v1/returns/awaiting-decision", null, 200)),
                entry("POST /api/v1/price-quotes", who -> new Call("POST", "/api/v1/price-quotes", """
                        {"customerId": "%s", "currency": "EUR", "lines": [{"sku": "TSHIRT-BLK-M", "quantity": 1}],
                         "shippingAddress": {"recipient": "Ada", "line1": "Unter den Linden 1", "city": "Berlin",
                                             "postalCode": "10117", "countryCode": "DE"}}""".formatted(OWNER), 200)),
                entry("GET /api/v1/promo-codes/{code}", who -> new Call("GET", "/api/v1/promo-codes/" + code, null, 200)),
                entry("PUT /api/v1/admin/stock", who -> new Call("PUT", "/api/v1/admin/stock",
                        "{\"counts\": [{\"location\": \"MAIN\", \"sku\": \"MATRIX-SKU\", \"onHand\": 5}]}", 200)),
                entry("POST /api/v1/admin/stock/receipts", who -> new Call("POST", "/api/v1/admin/stock/receipts",
                        "{\"receipts\": [{\"location\": \"MAIN\", \"sku\": \"MATRIX-SKU\", \"units\": 1}]}", 200)),
                entry("GET /api/v1/admin/stock/{sku}", who -> new Call("GET", "/api/v1/admin/stock/MUG-CLASSIC", null, 200)),
                entry("GET /api/v1/admin/stock-items/{sku}", who -> new Call("GET", "/api/v1/admin/stock-items/MUG-CLASSIC", null, 200)),
                entry("PUT /api/v1/admin/stock-items/{sku}", who -> new Call("PUT", "/api/v1/admin/stock-items/MATRIX-SKU",
                        "{\"backorderable\": false}", 200)),
                entry("GET /api/v1/admin/customers/{customerId}/pricing-profile", who -> new Call("GET",
                        "/api/v1/admin/customers/" + profileCustomer + "/pricing-profile", null, 200)),
                entry("PUT /api/v1/admin/customers/{customerId}/pricing-profile", who -> new Call("PUT",
                        "/api/v1/admin/customers/" + profileCustomer + "/pricing-profile", "{\"business\": false}", 200)),
                entry("GET /api/v1/admin/tax-rules", who -> new Call("GET", "/api/v1/admin/tax-rules", null, 200)),
                entry("POST /api/v1/admin/tax-rules", who -> new Call("POST", "/api/v1/admin/tax-rules", TAX_RULE, 201)),
                entry("POST /api/v1/admin/tax-rules/{id}/end", who -> new Call("POST", "/api/v1/admin/tax-rules/" + taxRule()
                        + "/end", "{\"validUntil\": \"" + today.plusDays(1) + "\"}", 200)),
                entry("GET /api/v1/admin/promotions", who -> new Call("GET", "/api/v1/admin/promotions", null, 200)),
                entry("POST /api/v1/admin/promotions", who -> new Call("POST", "/api/v1/admin/promotions",
                        promotionJson("MATRIX" + UUID.randomUUID().toString().substring(0, 8).toUpperCase()), 201)),
                entry("POST /api/v1/admin/promotions/{id}/deactivate", who -> new Call("POST", "/api/v1/admin/promotions/"
                        + promotion("MATRIX" + UUID.randomUUID().toString().substring(0, 8).toUpperCase()) + "/deactivate", null, 200)),
                entry("POST /api/v1/admin/placements/{orderId}/review", who -> new Call("POST", "/api/v1/admin/placements/"
                        + heldForReview() + "/review", "{\"approve\": false, \"reason\": \"matrix\"}", 200)),
                entry("GET /api/v1/admin/placements/stuck", who -> new Call("GET", "/api/v1/admin/placements/stuck", null, 200)),
                entry("GET /api/v1/admin/placements/{orderId}", who -> new Call("GET", "/api/v1/admin/placements/" + order, null, 200)),
                entry("POST /api/v1/admin/placements/{orderId}/retry", who -> new Call("POST", "/api/v1/admin/placements/" + parked()
                        + "/retry", null, 200)),
                entry("POST /api/v1/admin/placements/{orderId}/compensate", who -> new Call("POST", "/api/v1/admin/placements/"
                        + parked() + "/compensate", "{\"reason\": \"matrix\"}", 200)),
                entry("POST /api/v1/admin/payments/{orderId}/resume", who -> new Call("POST", "/api/v1/admin/payments/"
                        + parkedCapture() + "/resume", null, 200)),
                entry("GET /api/v1/admin/refunds/failed", who -> new Call("GET", "/api/v1/admin/refunds/failed", null, 200)),
                entry("POST /api/v1/carts", who -> {
                    closeOpenCarts();
                    return new Call("POST", "/api/v1/carts", "{\"currency\": \"EUR\", \"country\": \"GB\"}", 201);
                }),
                entry("GET /api/v1/carts/{cartId}", who -> new Call("GET", "/api/v1/carts/" + freshCart(), null, 200)),
                entry("GET /api/v1/carts/{cartId}/stream", who -> new Call("GET", "/api/v1/carts/" + freshCart() + "/stream", null, 200)),
                entry("POST /api/v1/carts/{cartId}/stream-tickets", who -> new Call("POST", "/api/v1/carts/" + freshCart()
                        + "/stream-tickets", null, 201)),
                entry("POST /api/v1/carts/{cartId}/lines", who -> new Call("POST", "/api/v1/carts/" + freshCart() + "/lines",
                        "{\"sku\": \"TSHIRT-BLK-M\", \"quantity\": 1}", 200)),
                entry("PATCH /api/v1/carts/{cartId}/lines/{lineNumber}", who -> new Call("PATCH", "/api/v1/carts/" + freshCart()
                        + "/lines/1", "{\"quantity\": 2}", 200)),
                entry("DELETE /api/v1/carts/{cartId}/lines/{lineNumber}", who -> new Call("DELETE", "/api/v1/carts/" + freshCart()
                        + "/lines/1", null, 200)),
                entry("POST /api/v1/carts/{cartId}/promo-codes", who -> new Call("POST", "/api/v1/carts/" + freshCart()
                        + "/promo-codes", "{\"code\": \"" + code + "\"}", 200)),
                entry("DELETE /api/v1/carts/{cartId}/promo-codes/{code}", who -> new Call("DELETE", "/api/v1/carts/" + freshCart()
                        + "/promo-codes/" + code, null, 200)),
                entry("PUT /api/v1/carts/{cartId}/shipping-address", who -> new Call("PUT", "/api/v1/carts/" + freshCart()
                        + "/shipping-address", ADDRESS, 200)),
                entry("PUT /api/v1/carts/{cartId}/shipping", who -> new Call("PUT", "/api/v1/carts/" + freshCart() + "/shipping",
                        "{\"shipping\": \"fastest\"}", 200)),
                entry("POST /api/v1/carts/{cartId}/checkout", who -> new Call("POST", "/api/v1/carts/" + freshCart() + "/checkout",
                        "{\"paymentToken\": \"tok_approve\"}", 201)),
                entry("POST /api/v1/carts/merge", who -> {
                    closeOpenCarts();
                    var storefront = Http.as(port, "storefront");
                    var anonymous = storefront.postJson("/api/v1/carts", "{\"currency\": \"EUR\", \"country\": \"GB\"}");
                    assertThat(anonymous.status()).as(anonymous.body()).isEqualTo(201);
                    var anonymousId = anonymous.json().get("id").asString();
                    storefront.postJson("/api/v1/carts/" + anonymousId + "/lines", "{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}");
                    return new Call("POST", "/api/v1/carts/merge", "{\"cartId\": \"" + anonymousId + "\"}", 200);
                }));
    }

    private static final String ADDRESS = """
            {"recipient": "Ada Lovelace", "line1": "12 Analytical Way", "city": "London", "postalCode": "N1 9GU", "countryCode": "GB"}""";

    /** Customers 42 and 7 have no open cart: the next one they open is new. */
    private void closeOpenCarts() {
        jdbc.sql("UPDATE cart SET status = 'CHECKED_OUT', order_id = gen_random_uuid() WHERE customer_id IN (?, 'customer-7') "
                + "AND status IN ('OPEN', 'CHECKING_OUT')").param(OWNER).update();
    }

    /** A new cart of customer 42, with a mug to buy and an address: ready for checkout. */
    private String freshCart() {
        closeOpenCarts();
        var owner = Http.as(port, CUSTOMER.client);
        var cartId = owner.postJson("/api/v1/carts", "{\"currency\": \"EUR\", \"country\": \"GB\"}").json().get("id").asString();
        assertThat(owner.postJson("/api/v1/carts/" + cartId + "/lines", "{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}").status())
                .isEqualTo(200);
        assertThat(owner.send("PUT", "/api/v1/carts/" + cartId + "/shipping-address", ADDRESS).status()).isEqualTo(200);
        return cartId;
    }

    private String guestToken;

    /** The access token of a guest order, which is none of the orders the matrix calls. */
    private String guestToken() {
        if (guestToken == null) {
            var placed = Http.as(port, "storefront").postJson("/api/v1/orders", """
                    {"currency": "EUR", "lines": [{"sku": "MUG-CLASSIC", "quantity": 1}],
                     "shippingAddress": {"recipient": "Grace Hopper", "line1": "1 Harbour Road", "city": "London",
                                         "postalCode": "N1 9GU", "countryCode": "GB"}, "paymentToken": "tok_approve"}""");
            guestToken = placed.json().get("accessToken").asString();
        }
        return guestToken;
    }

    private static final String TAX_RULE = """
            {"jurisdiction": "Matrix", "countryCode": "IS", "category": "STANDARD", "rate": "0.01"}""";

    /** A paid order of customer 42. */
    private String paid() {
        return place(OWNER, "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_approve", 201);
    }

    private String place(String customer, String lines, String paymentToken, int expected) {
        var placed = staff.postJson("/api/v1/orders", orderJson(customer, "EUR", lines, paymentToken));
        assertThat(placed.status()).as(placed.body()).isEqualTo(expected);
        return expected == 402 ? placed.json().get("orderId").asString() : placed.json().get("id").asString();
    }

    /** An order of customer 42, delivered an hour ago: within its return window. */
    private String returnable(String lines) {
        var orderId = place(OWNER, lines, "tok_approve", 201);
        var trackingNumber = CarrierReports.shipWithDhl(staff, orderId, null);
        CarrierReports.report(staff, trackingNumber, CarrierReports.event("DELIVERED",
                Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS).toString()));
        return orderId;
    }

    private String returnJson(String orderId, int units, String reason) {
        var shipmentId = staff.get("/api/v1/orders/" + orderId).json().at("/shipments/0/id").asString();
        return """
                {"shipmentId": "%s", "lines": [{"lineNumber": 1, "quantity": %d}], "reasonCode": "%s"}""".formatted(shipmentId,
                units, reason);
    }

    private String etag(String orderId) {
        return staff.get("/api/v1/orders/" + orderId).etag();
    }

    /** A first order above 1,000 EUR billed in another country: held for a fraud review. */
    private String heldForReview() {
        jdbc.sql("INSERT INTO catalog_product (sku, name) VALUES ('MATRIX-WATCH', 'Watch') ON CONFLICT DO NOTHING").update();
        jdbc.sql("INSERT INTO catalog_price (sku, currency, unit_price_minor) VALUES ('MATRIX-WATCH', 'EUR', 150000) ON CONFLICT DO NOTHING")
                .update();
        jdbc.sql("INSERT INTO stock_level (warehouse_code, sku, on_hand) VALUES ('MAIN', 'MATRIX-WATCH', 100000) ON CONFLICT DO NOTHING").update();
        var body = orderJson("review-" + UUID.randomUUID(), "EUR", "[{\"sku\": \"MATRIX-WATCH\", \"quantity\": 1}]", "tok_approve")
                .replace("\"paymentToken\"", "\"billingCountry\": \"DE\", \"paymentToken\"");
        var held = staff.postJson("/api/v1/orders", body);
        assertThat(held.json().get("status").asString()).as(held.body()).isEqualTo("ON_HOLD");
        return held.json().get("id").asString();
    }

    /**
     * A placement an operator must look at: its gateway timed out and it was parked, as the saga parks one when its
     * attempts are used up (PlacementSagaIT waits for that; here it is written as the saga would have).
     */
    private String parked() {
        var orderId = place("parked-" + UUID.randomUUID(), "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_timeout", 202);
        assertThat(jdbc.sql("""
                UPDATE placement_saga SET parked_from = status, status = 'PARKED', next_attempt_at = NULL
                WHERE order_id = ?::uuid AND status = 'RUNNING'""").param(orderId).update()).isEqualTo(1);
        return orderId;
    }

    /** A paid order whose capture the gateway refused until it was parked (five shipments refused). */
    private String parkedCapture() {
        var orderId = place("parked-capture-" + UUID.randomUUID(), "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]",
                "tok_capture_refused", 201);
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(staff.send("POST", "/api/v1/orders/" + orderId + "/ship", "{\"carrier\": \"own-fleet\"}").status())
                    .isEqualTo(409);
        }
        return orderId;
    }

    /**
     * "{orderId}/refunds/{refundId}" of a refund that failed: asked for on a shipped order, made, then recorded FAILED as the
     * payment capability records a gateway's refusal (PaymentWebhookIT has the gateway fail it for real).
     */
    private String failedRefund() {
        var orderId = paid();
        assertThat(staff.send("POST", "/api/v1/orders/" + orderId + "/ship", "{\"carrier\": \"own-fleet\"}").status())
                .isEqualTo(200);
        var refund = staff.postJson("/api/v1/orders/" + orderId + "/refunds", "{\"reasonCode\": \"goodwill\", \"amount\": \"0.10\"}");
        assertThat(refund.status()).as(refund.body()).isEqualTo(202);
        var refundId = refund.json().get("id").asString();
        // The sandbox makes it through the outbox; once that has settled it, it is written as failed instead.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> !staff.get("/api/v1/orders/"
                + orderId + "/refunds/" + refundId).json().get("status").asString().equals("REQUESTED"));
        assertThat(jdbc.sql("UPDATE order_refund SET status = 'FAILED', failure = 'expired_or_canceled_card', settled_at = now() "
                + "WHERE id = ?::uuid").param(refundId).update()).isEqualTo(1);
        return orderId + "/refunds/" + refundId;
    }

    private String taxRule() {
        var created = staff.postJson("/api/v1/admin/tax-rules", TAX_RULE);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String promotion(String code) {
        var created = staff.postJson("/api/v1/admin/promotions", promotionJson(code));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return code.toLowerCase();
    }

    private static String promotionJson(String code) {
        return """
                {"id": "%s", "code": "%s", "benefit": "AMOUNT_OFF", "amountOff": {"amount": "1.00", "currency": "EUR"},
                 "skus": ["MATRIX-SKU"]}""".formatted(code.toLowerCase(), code);
    }

    @SafeVarargs
    private static <T extends Enum<T>> Set<T> union(Set<T> first, T... more) {
        var all = EnumSet.copyOf(first);
        all.addAll(Set.of(more));
        return all;
    }
}
