package io.orderservice.returns;

import static io.orderservice.support.Http.orderJson;
import static io.orderservice.support.KafkaRecords.documentedFields;
import static io.orderservice.support.KafkaRecords.fieldNames;
import static io.orderservice.support.KafkaRecords.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.orderservice.support.CarrierReports;
import io.orderservice.support.Http;
import io.orderservice.support.KafkaRecords;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Return labels end to end (issue 20, docs/returns.md): an approval commits, the label is booked with a carrier's label
 * API (a local HTTP server standing in for it) with nothing locked, shown on the return and told to the customer; the
 * parcel is followed through the carrier's signed tracking webhooks; a carrier out of reach books nothing until the
 * outbox tries again (resubmitted every second here). The shop here also takes back parcels still on their way.
 */
@OrderServiceIntegrationTest
@EmbeddedKafka
@TestPropertySource(properties = {
        "spring.modulith.events.externalization.enabled=true",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "order-service.outbox.resubmit-every=PT1S",
        "order-service.outbox.resubmit-older-than=PT2S",
        "order-service.returns.before-delivery=true",
        "order-service.returns.labels.carrier=dhl",
        "order-service.returns.labels.api-key=lk_test",
        "order-service.returns.labels.return-to.recipient=Returns, Order Service",
        "order-service.returns.labels.return-to.line1=1 Dock Road",
        "order-service.returns.labels.return-to.city=Leeds",
        "order-service.returns.labels.return-to.postal-code=LS1 1AA",
        "order-service.returns.labels.return-to.country-code=GB"})
class ReturnLabelsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpServer CARRIER = labelApi();
    private static final Map<String, String> LABELS = new ConcurrentHashMap<>();
    private static final List<String> BOOKINGS = new CopyOnWriteArrayList<>();
    /** How many of the next bookings the stand-in answers 503. */
    private static final AtomicInteger OUT_OF_REACH = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker broker;

    private Http staff;
    private Http support;

    @DynamicPropertySource
    static void carrier(DynamicPropertyRegistry properties) {
        properties.add("order-service.returns.labels.base-url", () -> "http://127.0.0.1:" + CARRIER.getAddress().getPort());
    }

    @AfterAll
    static void stopCarrier() {
        CARRIER.stop(0);
    }

    @BeforeEach
    void callers() {
        staff = new Http(port);
        support = Http.as(port, "support");
    }

    @Test
    void anApprovedReturnGetsALabelAndItsParcelIsFollowedToTheWarehouse() {
        var orderId = delivered();
        var made = support.postJson(returns(orderId), request(orderId));
        assertThat(made.json().get("status").asString()).as(made.body()).isEqualTo("APPROVED");
        var returnId = made.json().get("id").asString();
        var rma = made.json().get("rma").asString();

        var parcel = await().atMost(Duration.ofSeconds(20)).until(() -> staff.get(returns(orderId) + "/" + returnId).json().get("parcel"),
                found -> found != null && !found.isNull());

        var trackingNumber = parcel.get("trackingNumber").asString();
        assertThat(trackingNumber).isEqualTo(LABELS.get(returnId));
        assertThat(parcel.get("carrier").asString()).isEqualTo("dhl");
        assertThat(parcel.get("labelUrl").asString()).isEqualTo("https://labels.example.com/" + trackingNumber + ".pdf");
        assertThat(parcel.get("progress").asString()).isEqualTo("LABEL_BOOKED");
        assertThat(BOOKINGS).filteredOn(body -> body.contains(rma)).singleElement().satisfies(body -> assertThat(body)
                .contains("\"to\":{\"recipient\":\"Returns, Order Service\"").contains("\"from\":{\"recipient\":\"Ada Lovelace\""));
        var notice = KafkaRecords.records(broker, "customer-notifications", record -> orderId.equals(record.key())
                && record.value().contains("LABEL_BOOKED"), 1).get(0);
        assertThat(header(notice, "ce_type")).isEqualTo("return.notice.v1");
        var told = JSON.readTree(notice.value());
        assertThat(fieldNames(told)).isEqualTo(documentedFields("returnNoticeV1"));
        assertThat(told.at("/label/trackingNumber").asString()).isEqualTo(trackingNumber);
        assertThat(told.get("rma").asString()).isEqualTo(rma);

        var inTransit = CarrierReports.report(staff, trackingNumber, CarrierReports.event("IN_TRANSIT", at(Duration.ofMinutes(30))));
        assertThat(inTransit.get("recorded").asInt()).as(inTransit.toString()).isEqualTo(1);
        assertThat(staff.get(returns(orderId) + "/" + returnId).json().at("/parcel/progress").asString()).isEqualTo("ON_ITS_WAY");
        CarrierReports.report(staff, trackingNumber, CarrierReports.event("DELIVERED", at(Duration.ofMinutes(5))),
                CarrierReports.event("PICKED_UP", at(Duration.ofMinutes(50))));
        var arrived = staff.get(returns(orderId) + "/" + returnId).json();
        assertThat(arrived.at("/parcel/progress").asString()).as("a late, older report does not move it back").isEqualTo("ARRIVED");
        assertThat(staff.get("/api/v1/orders/" + orderId).json().get("status").asString())
                .as("the order's own parcel is not the return's").isEqualTo("RETURN_REQUESTED");

        var unknown = CarrierReports.report(staff, "JVGL-NOBODYS", CarrierReports.event("IN_TRANSIT", at(Duration.ofMinutes(1))));
        assertThat(unknown.get("unknownTrackingNumbers").toString()).contains("JVGL-NOBODYS");
        assertThat(BOOKINGS).filteredOn(body -> body.contains(rma)).as("booked once").hasSize(1);
    }

    @Test
    void aCarrierOutOfReachBooksNoLabelUntilTheOutboxTriesAgain() {
        var orderId = delivered();
        OUT_OF_REACH.set(1);
        var made = support.postJson(returns(orderId), request(orderId));
        var returnId = made.json().get("id").asString();

        await().atMost(Duration.ofSeconds(20)).until(() -> OUT_OF_REACH.get() == 0);
        assertThat(staff.get(returns(orderId) + "/" + returnId).json().get("parcel").isNull()).isTrue();
        assertThat(made.json().get("status").asString()).as("the approval stands without its label").isEqualTo("APPROVED");

        // the failed delivery stays in the outbox, which hands it to the listener again (every second in this test)
        var parcel = await().atMost(Duration.ofSeconds(20)).until(() -> staff.get(returns(orderId) + "/" + returnId).json().get("parcel"),
                found -> found != null && !found.isNull());
        assertThat(parcel.get("trackingNumber").asString()).isEqualTo(LABELS.get(returnId));
    }

    @Test
    void aParcelStillOnItsWayMayBeReturnedWhereTheShopAllowsAndTheOrderFollowsOnceItIsDelivered() {
        var placed = staff.postJson("/api/v1/orders", orderJson("labels-" + UUID.randomUUID(), "EUR",
                "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_approve"));
        var orderId = placed.json().get("id").asString();
        var outbound = CarrierReports.shipWithDhl(staff, orderId, null);

        var made = support.postJson(returns(orderId), request(orderId));

        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.json().get("status").asString()).as("a rule approves it: the window has not begun").isEqualTo("APPROVED");
        assertThat(staff.get("/api/v1/orders/" + orderId).json().get("status").asString()).isEqualTo("SHIPPED");
        assertThat(support.postJson(returns(orderId), request(orderId)).body()).as("its one unit is asked back already")
                .contains("0 unit(s) left to return");

        CarrierReports.report(staff, outbound, CarrierReports.event("DELIVERED", at(Duration.ofMinutes(1))));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(staff.get("/api/v1/orders/" + orderId).json()
                .get("status").asString()).as("delivered with a return open: not to complete").isEqualTo("RETURN_REQUESTED"));
    }

    private String delivered() {
        var placed = staff.postJson("/api/v1/orders", orderJson("labels-" + UUID.randomUUID(), "EUR",
                "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_approve"));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        var orderId = placed.json().get("id").asString();
        var trackingNumber = CarrierReports.shipWithDhl(staff, orderId, null);
        CarrierReports.report(staff, trackingNumber, CarrierReports.event("DELIVERED", at(Duration.ofHours(2))));
        return orderId;
    }

    private String request(String orderId) {
        var shipmentId = staff.get("/api/v1/orders/" + orderId).json().at("/shipments/0/id").asString();
        return """
                {"shipmentId": "%s", "lines": [{"lineNumber": 1, "quantity": 1}], "reasonCode": "damaged"}""".formatted(shipmentId);
    }

    private static String returns(String orderId) {
        return "/api/v1/orders/" + orderId + "/returns";
    }

    private static String at(Duration ago) {
        return Instant.now().minus(ago).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The carrier's label API: one label per Idempotency-Key (the return's id), numbered in order. */
    private static HttpServer labelApi() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/v1/return-labels", exchange -> {
                var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                var key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
                byte[] answer;
                int status;
                if (OUT_OF_REACH.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                    status = 503;
                    answer = "{\"error\": \"maintenance\"}".getBytes(StandardCharsets.UTF_8);
                } else {
                    BOOKINGS.add(body);
                    var number = LABELS.computeIfAbsent(key, ignored -> "JVGL" + (500_000 + LABELS.size()));
                    status = 201;
                    answer = ("{\"trackingNumber\": \"" + number + "\", \"labelUrl\": \"https://labels.example.com/" + number
                            + ".pdf\"}").getBytes(StandardCharsets.UTF_8);
                }
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
