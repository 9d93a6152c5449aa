package io.orderservice.returns;

import static io.orderservice.support.Http.orderJson;
import static io.orderservice.support.KafkaRecords.documentedFields;
import static io.orderservice.support.KafkaRecords.fieldNames;
import static io.orderservice.support.KafkaRecords.header;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.support.AtOnce;
import io.orderservice.support.CarrierReports;
import io.orderservice.support.Http;
import io.orderservice.support.KafkaRecords;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Returns end to end over HTTP (issue 20, docs/returns.md), against PostgreSQL and an embedded Kafka broker: a request
 * for units of a delivered shipment, approved at once by a rule or waiting for support, decided in full, in part or not;
 * the order's status and history following; the last returnable unit asked for twice at once; bad requests refused
 * without a trace.
 */
@OrderServiceIntegrationTest
@EmbeddedKafka
@TestPropertySource(properties = {
        "spring.modulith.events.externalization.enabled=true",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}"})
class ReturnsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    JdbcClient jdbc;

    private Http staff;
    private Http support;

    @BeforeEach
    void callers() {
        staff = new Http(port);
        support = Http.as(port, "support");
    }

    @Test
    void aDamagedUnitIsApprovedByARuleAtOnceAndAChangeOfMindWaitsForSupportWhoApprovesPartOfIt() {
        var orderId = delivered("returns-" + UUID.randomUUID(), """
                [{"sku": "MUG-CLASSIC", "quantity": 2}, {"sku": "TSHIRT-BLK-M", "quantity": 2}]""", Instant.now().minus(Duration.ofHours(2)));
        var shipmentId = shipmentOf(orderId);

        var damaged = support.postJson(returns(orderId), request(shipmentId, "[{\"lineNumber\": 1, \"quantity\": 1}]", "damaged"));
        assertThat(damaged.status()).as(damaged.body()).isEqualTo(201);
        assertThat(damaged.location()).endsWith(returns(orderId) + "/" + damaged.json().get("id").asString());
        assertThat(damaged.etag()).isEqualTo("\"0\"");
        var approved = damaged.json();
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.at("/decision/decidedBy").asString()).isEqualTo("RULE");
        assertThat(approved.at("/decision/decider").asString()).as("a mug's 15.00 is within 100 EUR").isEqualTo("shops-fault-up-to-100");
        assertThat(approved.get("shopsFault").asBoolean()).isTrue();
        assertThat(approved.at("/lines/0/approved").asInt()).isEqualTo(1);
        assertThat(approved.at("/photos/0").asString()).isEqualTo("https://photos.example.com/r/1.jpg");

        var order = staff.get("/api/v1/orders/" + orderId).json();
        assertThat(order.get("status").asString()).isEqualTo("RETURN_REQUESTED");
        assertThat(actions(order)).containsSubsequence("DELIVER", "REQUEST_RETURN", "ADVANCE_RETURN");
        assertThat(lastEntry(order).get("reason").asString()).contains("approved by rule shops-fault-up-to-100");

        var changedMind = support.postJson(returns(orderId), request(shipmentId, "[{\"lineNumber\": 2, \"quantity\": 2}]",
                "changed-mind"));
        assertThat(changedMind.status()).as(changedMind.body()).isEqualTo(201);
        assertThat(changedMind.json().get("status").asString()).as("a first order's change of mind: no rule approves it")
                .isEqualTo("REQUESTED");
        var waiting = changedMind.json().get("id").asString();
        assertThat(ids(support.get("/api/v1/returns/awaiting-decision?limit=200").json())).contains(waiting)
                .doesNotContain(approved.get("id").asString());

        var partly = support.send("POST", returns(orderId) + "/" + waiting + "/decision", """
                {"outcome": "APPROVE_PARTLY", "lines": [{"lineNumber": 2, "quantity": 1}], "reason": "one shirt was worn"}""",
                "If-Match", "\"0\"");
        assertThat(partly.status()).as(partly.body()).isEqualTo(200);
        assertThat(partly.etag()).isEqualTo("\"1\"");
        assertThat(partly.json().get("status").asString()).isEqualTo("PARTIALLY_APPROVED");
        assertThat(partly.json().at("/lines/0/approved").asInt()).isEqualTo(1);
        assertThat(partly.json().at("/decision/decidedBy").asString()).isEqualTo("OPERATOR");
        assertThat(partly.json().at("/decision/decider").asString()).isEqualTo("support");
        assertThat(ids(support.get("/api/v1/returns/awaiting-decision?limit=200").json())).doesNotContain(waiting);

        var again = support.send("POST", returns(orderId) + "/" + waiting + "/decision", "{\"outcome\": \"APPROVE\"}");
        assertThat(again.status()).as("decided once").isEqualTo(422);
        var stale = support.send("POST", returns(orderId) + "/" + waiting + "/decision", "{\"outcome\": \"APPROVE\"}",
                "If-Match", "\"0\"");
        assertThat(stale.status()).isEqualTo(412);

        order = staff.get("/api/v1/orders/" + orderId).json();
        assertThat(order.get("status").asString()).isEqualTo("RETURN_REQUESTED");
        assertThat(lastEntry(order).get("reason").asString()).contains("approved in part: one shirt was worn");
        assertThat(lastEntry(order).get("actorKind").asString()).isEqualTo("OPERATOR");
        var listed = staff.get(returns(orderId)).json();
        assertThat(ids(listed)).containsExactly(approved.get("id").asString(), waiting);
        // of line 2 one unit is left (two delivered, one approved), of line 1 one (one approved)
        assertThat(support.postJson(returns(orderId), request(shipmentId, "[{\"lineNumber\": 2, \"quantity\": 2}]", "damaged"))
                .status()).isEqualTo(422);

        var events = KafkaRecords.records(broker, "return-events", record -> orderId.equals(record.key()), 4);
        assertThat(events).extracting(record -> header(record, "ce_type")).containsExactly("return.requested.v1",
                "return.approved.v1", "return.requested.v1", "return.approved.v1");
        assertThat(events).extracting(record -> header(record, "ce_subject")).containsOnly(orderId);
        var requested = JSON.readTree(events.get(0).value());
        assertThat(fieldNames(requested)).as("return.requested.v1 as docs/asyncapi.yaml describes it")
                .isEqualTo(documentedFields("returnRequestedV1"));
        assertThat(requested.get("reasonCode").asString()).isEqualTo("damaged");
        assertThat(requested.get("shipmentId").asString()).isEqualTo(shipmentId);
        var partial = JSON.readTree(events.get(3).value());
        assertThat(fieldNames(partial)).as("return.approved.v1 as docs/asyncapi.yaml describes it")
                .isEqualTo(documentedFields("returnApprovedV1"));
        assertThat(partial.get("partly").asBoolean()).isTrue();
        assertThat(partial.get("decider").asString()).isEqualTo("support");
    }

    @Test
    void rejectingTheLastOpenRequestMakesTheOrderDeliveredAgainAndFreesItsUnits() {
        var orderId = delivered("returns-" + UUID.randomUUID(), "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]",
                Instant.now().minus(Duration.ofHours(2)));
        var shipmentId = shipmentOf(orderId);
        var made = support.postJson(returns(orderId), request(shipmentId, "[{\"lineNumber\": 1, \"quantity\": 1}]", "changed-mind"));
        assertThat(made.json().get("status").asString()).isEqualTo("REQUESTED");

        var rejected = support.send("POST", returns(orderId) + "/" + made.json().get("id").asString() + "/decision",
                "{\"outcome\": \"REJECT\", \"reason\": \"the mug was used\"}");
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.json().at("/lines/0/approved").asInt()).isZero();

        var order = staff.get("/api/v1/orders/" + orderId).json();
        assertThat(order.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(lastEntry(order).get("action").asString()).isEqualTo("DECLINE_RETURN");
        assertThat(support.postJson(returns(orderId), request(shipmentId, "[{\"lineNumber\": 1, \"quantity\": 1}]", "damaged"))
                .status()).as("a rejected request takes nothing").isEqualTo(201);

        var events = KafkaRecords.records(broker, "return-events", record -> orderId.equals(record.key()), 4);
        var rejection = events.stream().filter(record -> "return.rejected.v1".equals(header(record, "ce_type")))
                .map(ConsumerRecord::value).map(JSON::readTree).toList();
        assertThat(rejection).singleElement().satisfies(payload -> {
            assertThat(fieldNames(payload)).as("return.rejected.v1 as docs/asyncapi.yaml describes it")
                    .isEqualTo(documentedFields("returnRejectedV1"));
            assertThat(payload.get("reason").asString()).isEqualTo("the mug was used");
        });
    }

    @Test
    void ofTwoRequestsForTheLastReturnableUnitMadeAtOnceOneIsMadeAndTheOtherRefused() throws Exception {
        var orderId = delivered("returns-" + UUID.randomUUID(), "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]",
                Instant.now().minus(Duration.ofHours(2)));
        var body = request(shipmentOf(orderId), "[{\"lineNumber\": 1, \"quantity\": 1}]", "damaged");

        var answers = AtOnce.post(support, returns(orderId), List.of(body, body, body, body), 4);

        assertThat(answers).extracting(Http.Response::status).containsOnly(201, 422).containsOnlyOnce(201);
        assertThat(answers.stream().filter(answer -> answer.status() == 422).map(Http.Response::body).toList())
                .allSatisfy(problem -> assertThat(problem).contains("0 unit(s) left to return"));
        assertThat(jdbc.sql("SELECT count(*) FROM return_request WHERE order_id = ?::uuid").param(orderId).query(Integer.class)
                .single()).isEqualTo(1);
    }

    @Test
    void badRequestsAreRefusedClearlyAndLeaveNothingBehind() {
        var orderId = delivered("customer-42", "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", Instant.now().minus(Duration.ofHours(2)));
        var shipmentId = shipmentOf(orderId);
        var customer = Http.as(port, "customer-42");
        var one = "[{\"lineNumber\": 1, \"quantity\": 1}]";

        assertThat(customer.postJson(returns(orderId), request(shipmentId, "[{\"lineNumber\": 1, \"quantity\": 2}]", "damaged"))
                .body()).contains("1 unit(s) left to return, not 2");
        assertThat(customer.postJson(returns(orderId), request(shipmentId, one, "too-expensive")).body())
                .contains("unknown return reason too-expensive");
        assertThat(customer.postJson(returns(orderId), request(shipmentId, "[{\"lineNumber\": 2, \"quantity\": 1}]", "damaged"))
                .body()).contains("delivered nothing of order line 2");
        assertThat(customer.postJson(returns(orderId), request(shipmentId,
                "[{\"lineNumber\": 1, \"quantity\": 1}, {\"lineNumber\": 1, \"quantity\": 1}]", "damaged")).body()).contains("twice");
        assertThat(customer.postJson(returns(orderId), request(UUID.randomUUID().toString(), one, "damaged")).body())
                .contains("has not been delivered");
        for (var refused : List.of(
                customer.postJson(returns(orderId), request(shipmentId, "[{\"lineNumber\": 1, \"quantity\": 2}]", "damaged")),
                customer.postJson(returns(orderId), request(shipmentId, one, "too-expensive")),
                customer.postJson(returns(orderId), request(UUID.randomUUID().toString(), one, "damaged")))) {
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(customer.postJson(returns(orderId), "{\"shipmentId\": \"" + shipmentId + "\", \"reasonCode\": \"damaged\"}")
                .status()).as("no lines").isEqualTo(400);
        assertThat(customer.postJson(returns(orderId), request(shipmentId, one, "damaged").replace("https://", "javascript:"))
                .status()).as("a photo that is no https URL").isEqualTo(400);
        assertThat(Http.as(port, "customer-7").postJson(returns(orderId), request(shipmentId, one, "damaged")).status())
                .as("another customer's order is not there for them").isEqualTo(404);

        var onItsWay = staff.postJson("/api/v1/orders", orderJson("customer-42", "EUR", "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]",
                "tok_approve")).json().get("id").asString();
        CarrierReports.shipWithDhl(staff, onItsWay, null);
        assertThat(customer.postJson(returns(onItsWay), request(shipmentOf(onItsWay), one, "damaged")).body())
                .as("a shipment on its way").contains("has not been delivered");
        var longAgo = delivered("customer-42", "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]",
                Instant.now().minus(Duration.ofDays(20)));
        assertThat(customer.postJson(returns(longAgo), request(shipmentOf(longAgo), one, "damaged")).body())
                .contains("return window of 14 days has passed");

        assertThat(jdbc.sql("SELECT count(*) FROM return_request WHERE order_id IN (?::uuid, ?::uuid, ?::uuid)")
                .params(orderId, onItsWay, longAgo).query(Integer.class).single()).as("nothing stored").isZero();
        assertThat(staff.get("/api/v1/orders/" + orderId).json().get("status").asString()).isEqualTo("DELIVERED");

        var own = customer.postJson(returns(orderId), request(shipmentId, one, "damaged"));
        assertThat(own.status()).as("the customer's own order: " + own.body()).isEqualTo(201);
        assertThat(lastEntry(staff.get("/api/v1/orders/" + orderId).json()).get("actorKind").asString()).isEqualTo("SYSTEM");
        assertThat(Http.as(port, "customer-7").get(returns(orderId) + "/" + own.json().get("id").asString()).status()).isEqualTo(404);
        assertThat(customer.get(returns(orderId) + "/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void aRequestSentAgainWithItsIdempotencyKeyAnswersTheFirst() {
        var orderId = delivered("returns-" + UUID.randomUUID(), "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 2}]",
                Instant.now().minus(Duration.ofHours(2)));
        var body = request(shipmentOf(orderId), "[{\"lineNumber\": 1, \"quantity\": 1}]", "damaged");
        var key = "return-" + UUID.randomUUID();

        var first = support.send("POST", returns(orderId), body, "Idempotency-Key", key);
        var second = support.send("POST", returns(orderId), body, "Idempotency-Key", key);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(second.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(jdbc.sql("SELECT count(*) FROM return_request WHERE order_id = ?::uuid").param(orderId).query(Integer.class)
                .single()).isEqualTo(1);
    }

    /** An order of {@code customer}, shipped with DHL and delivered at {@code deliveredAt}. */
    private String delivered(String customer, String lines, Instant deliveredAt) {
        var placed = staff.postJson("/api/v1/orders", orderJson(customer, "EUR", lines, "tok_approve"));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        var orderId = placed.json().get("id").asString();
        var trackingNumber = CarrierReports.shipWithDhl(staff, orderId, null);
        CarrierReports.report(staff, trackingNumber, CarrierReports.event("DELIVERED",
                deliveredAt.truncatedTo(ChronoUnit.SECONDS).toString()));
        assertThat(staff.get("/api/v1/orders/" + orderId).json().get("status").asString()).isEqualTo("DELIVERED");
        return orderId;
    }

    private String shipmentOf(String orderId) {
        return staff.get("/api/v1/orders/" + orderId).json().at("/shipments/0/id").asString();
    }

    private static String returns(String orderId) {
        return "/api/v1/orders/" + orderId + "/returns";
    }

    private static String request(String shipmentId, String lines, String reason) {
        return """
                {"shipmentId": "%s", "lines": %s, "reasonCode": "%s", "comment": "The handle arrived broken",
                 "photos": ["https://photos.example.com/r/1.jpg"]}""".formatted(shipmentId, lines, reason);
    }

    private static List<String> actions(JsonNode order) {
        return StreamSupport.stream(order.get("history").spliterator(), false).map(entry -> entry.path("action").asString("")).toList();
    }

    private static JsonNode lastEntry(JsonNode order) {
        return order.get("history").get(order.get("history").size() - 1);
    }

    private static List<String> ids(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(each -> each.get("id").asString()).toList();
    }
}
