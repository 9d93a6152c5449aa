package io.orderservice.returns;

import static io.orderservice.support.Http.orderJson;
import static io.orderservice.support.KafkaRecords.documentedFields;
import static io.orderservice.support.KafkaRecords.fieldNames;
import static io.orderservice.support.KafkaRecords.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
        assertThat(approved.get("rma").asString()).as("an approved return's number for the parcel")
                .matches("RMA-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
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
        assertThat(changedMind.json().get("rma").isNull()).as("no RMA number before it is approved").isTrue();
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
        assertThat(partly.json().get("rma").asString()).startsWith("RMA-");
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
        assertThat(events).extracting(record -> header(record, "ce_type")).containsExactlyInAnyOrder("return.requested.v1",
                "return.approved.v1", "return.requested.v1", "return.approved.v1");
        assertThat(events).extracting(record -> header(record, "ce_subject")).containsOnly(orderId);
        var requested = JSON.readTree(events.stream().filter(record -> "return.requested.v1".equals(header(record, "ce_type"))
                && record.value().contains("damaged")).findFirst().orElseThrow().value());
        assertThat(fieldNames(requested)).as("return.requested.v1 as docs/asyncapi.yaml describes it")
                .isEqualTo(documentedFields("returnRequestedV1"));
        assertThat(requested.get("reasonCode").asString()).isEqualTo("damaged");
        assertThat(requested.get("shipmentId").asString()).isEqualTo(shipmentId);
        var partial = JSON.readTree(events.stream().filter(record -> "return.approved.v1".equals(header(record, "ce_type"))
                && record.value().contains("\"partly\":true")).findFirst().orElseThrow().value());
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
                .contains("has not been shipped (or is not the order's)");
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
                .as("a shipment on its way, the shop taking back delivered parcels only").contains("has not been delivered");
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

    @Test
    void aDamagedUnitIsRefundedWithTheShippingAndNotRestockedAndTheOrderIsPartlyReturned() {
        var sku = sku(1999);
        var orderId = delivered("returns-" + UUID.randomUUID(), "[{\"sku\": \"" + sku + "\", \"quantity\": 2}]",
                Instant.now().minus(Duration.ofHours(2)));
        awaitCaptured(orderId);
        var made = support.postJson(returns(orderId), request(shipmentOf(orderId), "[{\"lineNumber\": 1, \"quantity\": 1}]",
                "damaged"));
        assertThat(made.json().get("status").asString()).as(made.body()).isEqualTo("APPROVED");
        int onHand = onHand(sku);

        var received = Http.as(port, "warehouse").send("POST", returns(orderId) + "/" + made.json().get("id").asString()
                + "/receipt", "{\"location\": \"MAIN\", \"lines\": [{\"lineNumber\": 1, \"restockable\": 0, \"damaged\": 1, "
                + "\"refused\": 0}]}", "If-Match", "\"0\"");

        assertThat(received.status()).as(received.body()).isEqualTo(200);
        assertThat(received.json().get("status").asString()).isEqualTo("RECEIVED");
        // Two shirts of 19.99 and 4.95 shipping, 20 % UK VAT on both: 39.98 + 4.95 + 8.99 tax = 53.92 captured. The line
        // was paid 39.98 + its share of the tax, 8.99 (shipping's tax included, as an operator's refund counts it) = 48.97;
        // the first of its two units refunds 48.97 / 2 rounded down, 24.48, and the shop's fault gives the shipping, 4.95.
        assertThat(received.json().at("/receipt/refunded/amount").asString()).isEqualTo("29.43");
        assertThat(received.json().at("/receipt/lines/0/damaged").asInt()).isEqualTo(1);
        assertThat(onHand(sku)).as("a damaged unit is not put back on sale").isEqualTo(onHand);
        var refundId = received.json().at("/receipt/refundId").asString();
        var order = staff.get("/api/v1/orders/" + orderId).json();
        assertThat(order.get("status").asString()).as("one of two shirts came back").isEqualTo("PARTIALLY_RETURNED");
        var actions = actions(order);
        assertThat(actions).contains("RECEIVE_RETURN_IN_PART");
        // the refund's outcome, reported after commit, may already have added an entry of its own
        assertThat(actions.subList(actions.lastIndexOf("RECEIVE_RETURN_IN_PART"), actions.size()))
                .startsWith("RECEIVE_RETURN_IN_PART", "REFUND");
        awaitRefund(orderId, refundId, "SUCCEEDED", "29.43");

        assertThat(Http.as(port, "warehouse").send("POST", returns(orderId) + "/" + made.json().get("id").asString() + "/receipt",
                "{\"location\": \"MAIN\", \"lines\": [{\"lineNumber\": 1, \"restockable\": 1, \"damaged\": 0, \"refused\": 0}]}")
                .body()).as("received once: nothing restocked or refunded twice").contains("was received already");
        assertThat(onHand(sku)).isEqualTo(onHand);

        var events = KafkaRecords.records(broker, "return-events", record -> orderId.equals(record.key()), 4);
        // the events of one transaction leave through the outbox side by side: their order on the topic may differ
        assertThat(events).extracting(record -> header(record, "ce_type")).containsExactlyInAnyOrder("return.requested.v1",
                "return.approved.v1", "return.received.v1", "return.refunded.v1");
        var receivedEvent = JSON.readTree(ofType(events, "return.received.v1").value());
        assertThat(fieldNames(receivedEvent)).isEqualTo(documentedFields("returnReceivedV1"));
        assertThat(receivedEvent.at("/lines/0/damaged").asInt()).isEqualTo(1);
        var refundedEvent = JSON.readTree(ofType(events, "return.refunded.v1").value());
        assertThat(fieldNames(refundedEvent)).isEqualTo(documentedFields("returnRefundedV1"));
        assertThat(refundedEvent.at("/amount/amount").asString()).isEqualTo("29.43");
        assertThat(refundedEvent.at("/shipping/amount").asString()).isEqualTo("4.95");

        var notices = KafkaRecords.records(broker, "customer-notifications", record -> orderId.equals(record.key()), 3).stream()
                .map(record -> {
                    assertThat(header(record, "ce_type")).isEqualTo("return.notice.v1");
                    return JSON.readTree(record.value());
                }).toList();
        assertThat(notices).extracting(notice -> notice.get("kind").asString())
                .containsExactlyInAnyOrder("APPROVED", "RECEIVED", "REFUNDED");
        assertThat(notices).allSatisfy(notice -> assertThat(fieldNames(notice)).isEqualTo(documentedFields("returnNoticeV1")));
        assertThat(notices.stream().filter(notice -> notice.get("kind").asString().equals("REFUNDED")).findFirst().orElseThrow()
                .at("/refunded/amount").asString()).isEqualTo("29.43");
    }

    @Test
    void restockableUnitsGoBackOnHandRefusedOnesAreNotRefundedAndEverythingBackIsReturned() {
        var sku = sku(1999);
        var orderId = delivered("returns-" + UUID.randomUUID(), "[{\"sku\": \"" + sku + "\", \"quantity\": 2}]",
                Instant.now().minus(Duration.ofHours(2)));
        awaitCaptured(orderId);
        var made = support.postJson(returns(orderId), request(shipmentOf(orderId), "[{\"lineNumber\": 1, \"quantity\": 2}]",
                "changed-mind"));
        var returnId = made.json().get("id").asString();
        assertThat(support.send("POST", returns(orderId) + "/" + returnId + "/decision", "{\"outcome\": \"APPROVE\"}").status())
                .isEqualTo(200);
        int onHand = onHand(sku);

        var received = Http.as(port, "warehouse").send("POST", returns(orderId) + "/" + returnId + "/receipt",
                "{\"location\": \"MAIN\", \"lines\": [{\"lineNumber\": 1, \"restockable\": 1, \"damaged\": 0, \"refused\": 1}]}");

        assertThat(received.status()).as(received.body()).isEqualTo(200);
        // a change of mind: no shipping back; one unit refused at inspection: only the first unit's 24.48
        assertThat(received.json().at("/receipt/refunded/amount").asString()).isEqualTo("24.48");
        assertThat(onHand(sku)).as("the restockable unit is on hand again").isEqualTo(onHand + 1);
        assertThat(staff.get("/api/v1/orders/" + orderId).json().get("status").asString())
                .as("one unit was refused: the customer has it back, not the shop").isEqualTo("PARTIALLY_RETURNED");

        var everything = delivered("returns-" + UUID.randomUUID(), "[{\"sku\": \"" + sku + "\", \"quantity\": 1}]",
                Instant.now().minus(Duration.ofHours(2)));
        awaitCaptured(everything);
        var all = support.postJson(returns(everything), request(shipmentOf(everything), "[{\"lineNumber\": 1, \"quantity\": 1}]",
                "wrong-item"));
        var back = Http.as(port, "warehouse").send("POST", returns(everything) + "/" + all.json().get("id").asString() + "/receipt",
                "{\"location\": \"MAIN\", \"lines\": [{\"lineNumber\": 1, \"restockable\": 1, \"damaged\": 0, \"refused\": 0}]}");
        // one shirt, 19.99 + 4.95 shipping + 4.99 tax (4.00 + 0.99) = 29.93: all of it back, the shop sent the wrong item
        assertThat(back.json().at("/receipt/refunded/amount").asString()).as(back.body()).isEqualTo("29.93");
        var order = staff.get("/api/v1/orders/" + everything).json();
        assertThat(order.get("status").asString()).isEqualTo("RETURNED");
        assertThat(staff.postJson("/api/v1/orders/" + everything + "/refunds", "{\"reasonCode\": \"goodwill\", \"amount\": \"0.01\"}")
                .body()).as("nothing captured is left to refund").contains("refund-refused");
    }

    @Test
    void aReturnThatBreaksABuyTwoGetOneIsRefundedWhatTheGoodsKeptNoLongerEarnLess() {
        var mug = sku(900);
        jdbc.sql("UPDATE catalog_product SET categories = '{homeware}' WHERE sku = ?").param(mug).update();
        var shirt = sku(1999);
        var orderId = delivered("returns-" + UUID.randomUUID(), """
                [{"sku": "%s", "quantity": 3}, {"sku": "%s", "quantity": 1}]""".formatted(mug, shirt),
                Instant.now().minus(Duration.ofHours(2)));
        var placed = staff.get("/api/v1/orders/" + orderId).json();
        // three mugs at 9.00, the third free by mugs-3-for-2 (9.00 off), a shirt at 19.99; 20 % VAT on 18.00 + 19.99 and
        // on the 4.95 shipping: 8.59. Goods paid 37.99 + 8.59 = 46.58; the mugs' line 27.00 × 46.58 / 46.99 = 26.76.
        assertThat(placed.at("/totals/discount/amount").asString()).isEqualTo("9.00");
        assertThat(placed.at("/totals/grandTotal/amount").asString()).isEqualTo("51.53");
        awaitCaptured(orderId);

        var first = support.postJson(returns(orderId), request(shipmentOf(orderId), "[{\"lineNumber\": 1, \"quantity\": 1}]",
                "changed-mind"));
        var firstId = first.json().get("id").asString();
        support.send("POST", returns(orderId) + "/" + firstId + "/decision", "{\"outcome\": \"APPROVE\"}");
        var firstBack = Http.as(port, "warehouse").send("POST", returns(orderId) + "/" + firstId + "/receipt",
                "{\"location\": \"MAIN\", \"lines\": [{\"lineNumber\": 1, \"restockable\": 1, \"damaged\": 0, \"refused\": 0}]}");

        assertThat(firstBack.status()).as(firstBack.body()).isEqualTo(200);
        // one mug's share is 26.76 / 3 = 8.92; the two mugs and the shirt kept (37.99) no longer earn a free mug and owe
        // their share of its 9.00 with its tax, 9.00 × 37.99 / 46.99 × 46.58 / 37.99 = 8.92: nothing to refund
        assertThat(firstBack.json().at("/receipt/discountRecount/amount").asString()).isEqualTo("8.92");
        assertThat(firstBack.json().at("/receipt/refunded").isNull()).as(firstBack.body()).isTrue();
        assertThat(firstBack.json().at("/receipt/refundId").isNull()).isTrue();
        var order = staff.get("/api/v1/orders/" + orderId).json();
        assertThat(order.get("status").asString()).isEqualTo("PARTIALLY_RETURNED");
        assertThat(lastEntry(order).get("reason").asString()).contains("nothing refunded (discount recounted: 8.92 EUR kept back)");

        var second = support.postJson(returns(orderId), request(shipmentOf(orderId), "[{\"lineNumber\": 1, \"quantity\": 1}]",
                "damaged"));
        assertThat(second.json().get("status").asString()).as(second.body()).isEqualTo("APPROVED");
        var secondBack = Http.as(port, "warehouse").send("POST", returns(orderId) + "/" + second.json().get("id").asString()
                + "/receipt", "{\"location\": \"MAIN\", \"lines\": [{\"lineNumber\": 1, \"restockable\": 0, \"damaged\": 1, "
                + "\"refused\": 0}]}");

        assertThat(secondBack.status()).as(secondBack.body()).isEqualTo(200);
        // the second mug's share: 26.76 × 2 / 3 − 8.92 = 8.92. One mug and the shirt kept (28.99) owe
        // 9.00 × 28.99 / 46.99 × 46.58 / 37.99 = 6.81 of the discount; the first return kept back 8.92, so 2.11 comes back.
        // With the shipping (damaged: the shop's fault): 8.92 + 2.11 + 4.95 = 15.98. Together the two returns refund the
        // goods 11.03 = the two mugs' 17.84 less the 6.81 the kept mug and shirt owe: as one return of both would.
        assertThat(secondBack.json().at("/receipt/discountRecount/amount").asString()).isEqualTo("-2.11");
        assertThat(secondBack.json().at("/receipt/refunded/amount").asString()).isEqualTo("15.98");
        awaitRefund(orderId, secondBack.json().at("/receipt/refundId").asString(), "SUCCEEDED", "15.98");
        var refunded = KafkaRecords.records(broker, "return-events", record -> orderId.equals(record.key())
                && "return.refunded.v1".equals(header(record, "ce_type")), 1);
        var event = JSON.readTree(refunded.get(0).value());
        assertThat(event.at("/discountRecount/amount").asString()).isEqualTo("-2.11");
        assertThat(event.at("/amount/amount").asString()).isEqualTo("15.98");
    }

    @Test
    void aReturnsRefundNeverGoesBeyondWhatIsLeftOfTheCapture() {
        var sku = sku(1999);
        var orderId = delivered("returns-" + UUID.randomUUID(), "[{\"sku\": \"" + sku + "\", \"quantity\": 1}]",
                Instant.now().minus(Duration.ofHours(2)));
        awaitCaptured(orderId);
        var goodwill = staff.postJson("/api/v1/orders/" + orderId + "/refunds", "{\"reasonCode\": \"goodwill\", \"amount\": \"20.00\"}");
        assertThat(goodwill.status()).as(goodwill.body()).isEqualTo(202);
        var made = support.postJson(returns(orderId), request(shipmentOf(orderId), "[{\"lineNumber\": 1, \"quantity\": 1}]",
                "damaged"));
        assertThat(made.status()).as(made.body()).isEqualTo(201);

        var received = Http.as(port, "warehouse").send("POST", returns(orderId) + "/" + made.json().get("id").asString() + "/receipt",
                "{\"location\": \"MAIN\", \"lines\": [{\"lineNumber\": 1, \"restockable\": 1, \"damaged\": 0, \"refused\": 0}]}");

        // 29.93 captured, 20.00 given back as goodwill: the return refunds the 9.93 left, not its 29.93
        assertThat(received.json().at("/receipt/refunded/amount").asString()).as(received.body()).isEqualTo("9.93");
        var refused = staff.postJson("/api/v1/orders/" + orderId + "/refunds", "{\"reasonCode\": \"goodwill\", \"amount\": \"0.01\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/refundable/amount").asString()).isEqualTo("0.00");
    }

    @Test
    void aReceiptIsTheWarehousesAtItsOwnLocationsAndOnlyOfAnApprovedReturn() {
        var orderId = delivered("returns-" + UUID.randomUUID(), "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]",
                Instant.now().minus(Duration.ofHours(2)));
        var made = support.postJson(returns(orderId), request(shipmentOf(orderId), "[{\"lineNumber\": 1, \"quantity\": 1}]",
                "changed-mind"));
        var receipt = returns(orderId) + "/" + made.json().get("id").asString() + "/receipt";
        var body = "{\"location\": \"MAIN\", \"lines\": [{\"lineNumber\": 1, \"restockable\": 1, \"damaged\": 0, \"refused\": 0}]}";

        assertThat(Http.as(port, "warehouse").send("POST", receipt, body).body()).as("still waiting for a decision")
                .contains("only an approved return is received");
        assertThat(Http.as(port, "warehouse-west").send("POST", receipt, body).status()).as("another location's warehouse")
                .isEqualTo(403);
        assertThat(Http.as(port, "customer-42").send("POST", receipt, body).status()).isEqualTo(403);
        support.send("POST", returns(orderId) + "/" + made.json().get("id").asString() + "/decision", "{\"outcome\": \"APPROVE\"}");
        assertThat(Http.as(port, "warehouse").send("POST", receipt, body.replace("\"restockable\": 1", "\"restockable\": 2")).body())
                .contains("1 unit(s) were approved to come back, not 2");
        assertThat(jdbc.sql("SELECT count(*) FROM return_request WHERE order_id = ?::uuid AND received_at IS NOT NULL")
                .param(orderId).query(Integer.class).single()).isZero();
    }

    @Test
    void aReturnAskedForBeforeTheLastParcelArrivedKeepsTheDeliveredOrderOpenForIt() {
        var sku = sku(1999);
        var placed = staff.postJson("/api/v1/orders", orderJson("returns-" + UUID.randomUUID(), "EUR",
                "[{\"sku\": \"" + sku + "\", \"quantity\": 2}]", "tok_approve"));
        var orderId = placed.json().get("id").asString();
        var firstParcel = CarrierReports.shipWithDhl(staff, orderId, 1);
        CarrierReports.report(staff, firstParcel, CarrierReports.event("DELIVERED",
                Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS).toString()));

        var made = support.postJson(returns(orderId), request(shipmentOf(orderId), "[{\"lineNumber\": 1, \"quantity\": 1}]",
                "damaged"));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(staff.get("/api/v1/orders/" + orderId).json().get("status").asString())
                .as("the second parcel is not shipped yet").isEqualTo("PARTIALLY_SHIPPED");

        var lastParcel = CarrierReports.shipWithDhl(staff, orderId, null);
        CarrierReports.report(staff, lastParcel, CarrierReports.event("DELIVERED",
                Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS).toString()));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(staff.get("/api/v1/orders/" + orderId).json()
                .get("status").asString()).as("delivered, with a return open: not to be completed").isEqualTo("RETURN_REQUESTED"));
        var order = staff.get("/api/v1/orders/" + orderId).json();
        assertThat(lastEntries(order, 2)).extracting(entry -> entry.get("action").asString())
                .containsExactly("DELIVER", "REQUEST_RETURN");

        var received = Http.as(port, "warehouse").send("POST", returns(orderId) + "/" + made.json().get("id").asString()
                + "/receipt", "{\"location\": \"MAIN\", \"lines\": [{\"lineNumber\": 1, \"restockable\": 1, \"damaged\": 0, "
                + "\"refused\": 0}]}");
        assertThat(received.status()).as(received.body()).isEqualTo(200);
        assertThat(staff.get("/api/v1/orders/" + orderId).json().get("status").asString()).isEqualTo("PARTIALLY_RETURNED");
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

    /** A SKU of its own, priced in euros, with stock at MAIN: its stock moves only with this test. */
    private String sku(long priceCents) {
        var sku = "RET-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.sql("INSERT INTO catalog_product (sku, name) VALUES (?, 'Returnable shirt')").param(sku).update();
        jdbc.sql("INSERT INTO catalog_price (sku, currency, unit_price_minor) VALUES (?, 'EUR', ?)").params(sku, priceCents).update();
        jdbc.sql("INSERT INTO stock_level (warehouse_code, sku, on_hand) VALUES ('MAIN', ?, 100)").param(sku).update();
        return sku;
    }

    private int onHand(String sku) {
        return jdbc.sql("SELECT on_hand FROM stock_level WHERE warehouse_code = 'MAIN' AND sku = ?").param(sku).query(Integer.class)
                .single();
    }

    /** The shipment captures the payment a moment later, through the outbox: only then is there money to refund. */
    private void awaitCaptured(String orderId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !staff.get("/api/v1/orders/" + orderId).json()
                .at("/payment/captured/amount").asString().equals("0.00"));
    }

    private void awaitRefund(String orderId, String refundId, String status, String amount) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var refund = staff.get("/api/v1/orders/" + orderId + "/refunds/" + refundId).json();
            assertThat(refund.get("status").asString()).isEqualTo(status);
            assertThat(refund.at("/amount/amount").asString()).isEqualTo(amount);
        });
    }

    private static ConsumerRecord<String, String> ofType(List<ConsumerRecord<String, String>> events, String type) {
        return events.stream().filter(record -> type.equals(header(record, "ce_type"))).findFirst().orElseThrow();
    }

    private static List<JsonNode> lastEntries(JsonNode order, int count) {
        var history = order.get("history");
        return java.util.stream.IntStream.range(history.size() - count, history.size()).mapToObj(history::get).toList();
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
