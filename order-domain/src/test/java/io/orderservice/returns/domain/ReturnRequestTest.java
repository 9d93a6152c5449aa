package io.orderservice.returns.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.returns.domain.ReturnRequest.Change;
import io.orderservice.returns.domain.ReturnRequest.DecidedBy;
import io.orderservice.returns.domain.ReturnRequest.Status;
import io.orderservice.returns.domain.event.ReturnEvent;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentToken;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.Sku;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReturnRequestTest {

    static final Instant DELIVERED = Instant.parse("2026-12-01T10:00:00Z");
    static final ReturnPolicy POLICY = new ReturnPolicy(Duration.ofDays(14),
            Map.of("damaged", new ReturnReason("damaged", true), "changed-mind", new ReturnReason("changed-mind", false)),
            Map.of(new Sku("EARRINGS"), "hygiene"));
    /** Line 1: two T-shirts delivered, one already asked back; line 2: a mug; line 3: earrings. */
    static final ReturnableShipment SHIPMENT = new ReturnableShipment(UUID.randomUUID(), DELIVERED, Map.of(
            1, new ReturnableShipment.Line(new Sku("TSHIRT"), 2, 1),
            2, new ReturnableShipment.Line(new Sku("MUG"), 1, 0),
            3, new ReturnableShipment.Line(new Sku("EARRINGS"), 1, 0)));

    private static ReturnRequest request(Instant at, String reason, ReturnLine... lines) {
        return ReturnRequest.request(UUID.randomUUID(), OrderId.newId(), new CustomerId("c-1"), SHIPMENT, List.of(lines),
                reason, "it arrived cracked", List.of(URI.create("https://photos.example/1.jpg")), POLICY, at);
    }

    private static ReturnLine line(int number, int quantity) {
        return new ReturnLine(number, Quantity.of(quantity));
    }

    @Test
    void anApprovedExchangeIsReplacedOnceOrRefundedInsteadAndOnlyAPlacedReplacementTakesACredit() {
        var at = DELIVERED.plus(Duration.ofDays(3));
        var exchange = new ExchangeRequest(List.of(new ExchangeRequest.Item(new Sku("TSHIRT-L"), Quantity.of(1))),
                ExchangeRequest.IfOutOfStock.REFUND, new PaymentToken("tok_approve"));
        var replaced = ReturnRequest.request(UUID.randomUUID(), OrderId.newId(), new CustomerId("c-1"), SHIPMENT,
                List.of(line(1, 1)), "damaged", null, List.of(), exchange, POLICY, at);
        assertThat(replaced.awaitsReplacement()).as("not before it is approved").isFalse();
        replaced.approve(ReturnRequest.DecidedBy.rule("damaged"), at);
        replaced.pullEvents();
        assertThat(replaced.awaitsReplacement()).isTrue();

        var replacement = OrderId.newId();
        replaced.replaced(replacement, Money.of(1_793, "EUR"), false, at);

        assertThat(replaced.creditUsed()).contains(Money.of(1_793, "EUR"));
        assertThat(replaced.awaitsReplacement()).isFalse();
        assertThat(replaced.pullEvents()).singleElement().isInstanceOfSatisfying(ReturnEvent.ExchangeCreated.class,
                created -> assertThat(created.replacementOrderId()).isEqualTo(replacement));
        assertThatThrownBy(() -> replaced.refundInstead("too late", at)).as("once").isInstanceOf(InvalidValueException.class);

        var refunded = ReturnRequest.request(UUID.randomUUID(), OrderId.newId(), new CustomerId("c-1"), SHIPMENT,
                List.of(line(1, 1)), "damaged", null, List.of(), exchange, POLICY, at);
        refunded.approve(ReturnRequest.DecidedBy.rule("damaged"), at);
        refunded.refundInstead("out of stock", at);
        assertThat(refunded.creditUsed()).isEmpty();
        assertThat(request(at, "damaged", line(1, 1)).awaitsReplacement()).as("a plain return").isFalse();
    }

    @Test
    void aRequestWithinTheWindowForUnitsLeftToReturnIsMadeAndWaitsForADecision() {
        var request = request(DELIVERED.plus(Duration.ofDays(3)), "damaged", line(1, 1), line(2, 1));

        assertThat(request.status()).isEqualTo(Status.REQUESTED);
        assertThat(request.reason().shopsFault()).isTrue();
        assertThat(request.takes(1)).isEqualTo(1);
        assertThat(request.takes(2)).isEqualTo(1);
        assertThat(request.shipmentId()).isEqualTo(SHIPMENT.shipmentId());
    }

    @Test
    void neverMoreThanIsLeftToReturnNorWhatTheShipmentDidNotDeliver() {
        var at = DELIVERED.plus(Duration.ofDays(1));
        assertThatThrownBy(() -> request(at, "damaged", line(1, 2))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("1 unit(s) left to return, not 2");
        assertThatThrownBy(() -> request(at, "damaged", line(4, 1))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("delivered nothing of order line 4");
        assertThatThrownBy(() -> request(at, "damaged", line(2, 1), line(2, 1))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("appears twice");
    }

    @Test
    void theWindowTheReasonsAndTheSkusTheShopDoesNotTakeBackAreTheShops() {
        assertThat(request(DELIVERED.plus(Duration.ofDays(14)), "damaged", line(2, 1)).status()).isEqualTo(Status.REQUESTED);
        assertThatThrownBy(() -> request(DELIVERED.plus(Duration.ofDays(14)).plusSeconds(1), "damaged", line(2, 1)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("window of 14 days has passed");
        assertThatThrownBy(() -> request(DELIVERED, "too-expensive", line(2, 1))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("unknown return reason too-expensive; one of [changed-mind, damaged]");
        assertThatThrownBy(() -> request(DELIVERED, "changed-mind", line(3, 1))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("EARRINGS is not taken back: hygiene");
    }

    @Test
    void aRequestIsDecidedOnceByARuleOrAnOperatorWithWhoAndWhy() {
        var approved = request(DELIVERED, "damaged", line(1, 1), line(2, 1));
        approved.approve(DecidedBy.rule("damaged-goods"), DELIVERED.plusSeconds(1));
        assertThat(approved.status()).isEqualTo(Status.APPROVED);
        assertThat(approved.decision()).hasValueSatisfying(decision -> {
            assertThat(decision.by()).isEqualTo(DecidedBy.rule("damaged-goods"));
            assertThat(decision.approved()).isEqualTo(approved.lines());
        });
        assertThatThrownBy(() -> approved.reject("changed our mind", DecidedBy.operator("ops-1"), DELIVERED.plusSeconds(2)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("decided already: APPROVED");

        var rejected = request(DELIVERED, "changed-mind", line(2, 1));
        assertThatThrownBy(() -> rejected.reject(" ", DecidedBy.operator("ops-1"), DELIVERED))
                .isInstanceOf(InvalidValueException.class);
        rejected.reject("used", DecidedBy.operator("ops-1"), DELIVERED.plusSeconds(5));
        assertThat(rejected.status()).isEqualTo(Status.REJECTED);
        assertThat(rejected.takes(2)).as("a rejected request takes nothing from what is left").isZero();
        assertThat(rejected.rma()).as("nothing comes back: no RMA number").isEmpty();
        assertThat(approved.rma()).contains(Rma.of(approved.id()));
        assertThat(request(DELIVERED, "damaged", line(2, 1)).rma()).as("not before it is approved").isEmpty();
    }

    @Test
    void aPartialApprovalTakesSomeOfTheUnitsAskedBackAndSaysWhy() {
        var request = request(DELIVERED, "damaged", line(1, 1), line(2, 1));

        assertThatThrownBy(() -> request.approvePartly(List.of(line(1, 1), line(2, 1)), "all of it", DecidedBy.operator("ops-1"),
                DELIVERED)).isInstanceOf(InvalidValueException.class).hasMessageContaining("fewer than were asked back");
        assertThatThrownBy(() -> request.approvePartly(List.of(line(1, 2)), "too many", DecidedBy.operator("ops-1"), DELIVERED))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("asked back 1 unit(s), not 2");
        request.approvePartly(List.of(line(2, 1)), "the T-shirt shows no damage", DecidedBy.operator("ops-1"), DELIVERED);

        assertThat(request.status()).isEqualTo(Status.PARTIALLY_APPROVED);
        assertThat(request.takes(1)).isZero();
        assertThat(request.takes(2)).isEqualTo(1);
    }

    @Test
    void eachStepIsRecordedAsAnEventHandedOverOnce() {
        var request = request(DELIVERED, "damaged", line(1, 1), line(2, 1));
        assertThat(request.pullEvents()).singleElement().isInstanceOfSatisfying(ReturnEvent.Requested.class, requested -> {
            assertThat(requested.returnId()).isEqualTo(request.id());
            assertThat(requested.shipmentId()).isEqualTo(SHIPMENT.shipmentId());
            assertThat(requested.lines()).containsExactly(new ReturnEvent.Units(1, 1), new ReturnEvent.Units(2, 1));
            assertThat(requested.reasonCode()).isEqualTo("damaged");
        });
        assertThat(request.pullEvents()).isEmpty();
        assertThat(request.changesSinceRead()).isEmpty();

        request.approvePartly(List.of(line(2, 1)), "the T-shirt shows no damage", DecidedBy.operator("ops-1"), DELIVERED);
        assertThat(request.changesSinceRead()).containsExactly(Change.DECIDED);
        assertThat(ReturnRequest.reconstitute(request.id(), request.orderId(), request.customerId(), request.shipmentId(),
                request.lines(), request.reason(), request.comment(), request.photos(), request.requestedAt(),
                request.decision().orElseThrow(), null, null, 1).changesSinceRead()).as("as read: its decision is stored").isEmpty();
        assertThat(request.pullEvents()).singleElement().isEqualTo(new ReturnEvent.Approved(request.id(), request.orderId(),
                request.customerId(), List.of(new ReturnEvent.Units(2, 1)), true, "operator", "ops-1",
                "the T-shirt shows no damage", DELIVERED));

        var rejected = request(DELIVERED, "changed-mind", line(2, 1));
        rejected.pullEvents();
        rejected.reject("used", DecidedBy.rule("no-used-goods"), DELIVERED);
        assertThat(rejected.pullEvents()).singleElement().isEqualTo(new ReturnEvent.Rejected(rejected.id(), rejected.orderId(),
                rejected.customerId(), "rule", "no-used-goods", "used", DELIVERED));
    }

    @Test
    void anApprovedReturnIsReceivedOnceWithNoMoreUnitsOfALineThanWereApprovedAndItsRefundRecordedOnce() {
        var request = request(DELIVERED, "damaged", line(1, 1), line(2, 1));
        var receipt = ReturnReceipt.of("MAIN", List.of(new ReturnReceipt.Line(2, 0, 1, 0)), "warehouse",
                DELIVERED.plusSeconds(60));
        assertThatThrownBy(() -> request.receive(receipt)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("is REQUESTED: only an approved return is received");

        request.approvePartly(List.of(line(2, 1)), "the T-shirt shows no damage", DecidedBy.operator("ops-1"), DELIVERED);
        assertThatThrownBy(() -> request.receive(ReturnReceipt.of("MAIN", List.of(new ReturnReceipt.Line(1, 1, 0, 0)),
                "warehouse", DELIVERED.plusSeconds(60)))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("0 unit(s) were approved to come back, not 1");
        request.pullEvents();
        request.receive(receipt);

        assertThat(request.status()).isEqualTo(Status.RECEIVED);
        assertThat(request.isOpen()).isFalse();
        assertThat(request.changesSinceRead()).contains(Change.RECEIVED);
        assertThat(request.receipt()).hasValueSatisfying(received -> assertThat(received.refundedUnits())
                .containsExactly(line(2, 1)));
        assertThat(request.pullEvents()).singleElement().isInstanceOf(ReturnEvent.Received.class);
        assertThatThrownBy(() -> request.receive(receipt)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("was received already");

        var refund = ReturnRefund.of(List.of(new ReturnRefund.PaidLine(2, 1, Money.of(1_500, "EUR"), 0)),
                List.of(line(2, 1)), request.reason(), Money.of(495, "EUR"), false, 0, Money.of(0, "EUR"), Money.of(10_000, "EUR"));
        var refundId = UUID.randomUUID();
        request.recordRefund(refundId, refund);
        assertThat(request.receipt().orElseThrow().refunded()).isEqualTo(Money.of(1_995, "EUR"));
        assertThat(request.changesSinceRead()).contains(Change.REFUND_COUNTED);
        assertThat(request.pullEvents()).singleElement().isInstanceOfSatisfying(ReturnEvent.Refunded.class, refunded -> {
            assertThat(refunded.refundId()).isEqualTo(refundId);
            assertThat(refunded.shipping()).isEqualTo(Money.of(495, "EUR"));
        });
        assertThatThrownBy(() -> request.recordRefund(refundId, refund)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aRefundThatComesToNothingKeepsOnlyItsRecountAndTellsNoOne() {
        var request = request(DELIVERED, "changed-mind", line(1, 1));
        request.approve(DecidedBy.operator("ops-1"), DELIVERED);
        request.receive(ReturnReceipt.of("MAIN", List.of(new ReturnReceipt.Line(1, 1, 0, 0)), "warehouse", DELIVERED));
        request.pullEvents();
        // the free unit of a "buy 2, get 1": its 8.92 share is what the two kept owe of the discount they lost
        var nothing = ReturnRefund.of(List.of(new ReturnRefund.PaidLine(1, 3, Money.of(2_676, "EUR"), 0)), List.of(line(1, 1)),
                request.reason(), Money.of(495, "EUR"), false, 0, Money.of(892, "EUR"), Money.of(10_000, "EUR"));
        assertThat(nothing.total()).isEqualTo(Money.of(0, "EUR"));

        assertThatThrownBy(() -> request.recordRefund(UUID.randomUUID(), nothing)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("only when it gives something back");
        request.recordRefund(null, nothing);

        assertThat(request.receipt().orElseThrow().discountRecount()).isEqualTo(Money.of(892, "EUR"));
        assertThat(request.receipt().orElseThrow().refundId()).isNull();
        assertThat(request.changesSinceRead()).contains(Change.REFUND_COUNTED);
        assertThat(request.pullEvents()).isEmpty();
        assertThatThrownBy(() -> request.recordRefund(null, nothing)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("is refunded once");
    }

    @Test
    void aParcelOnItsWayIsReturnedOnlyWhereTheShopAllowsAndItsWindowHasNotBegun() {
        var onItsWay = new ReturnableShipment(UUID.randomUUID(), null, Map.of(2, new ReturnableShipment.Line(new Sku("MUG"), 1, 0)));
        var wayLater = DELIVERED.plus(Duration.ofDays(60));
        assertThatThrownBy(() -> ReturnRequest.request(UUID.randomUUID(), OrderId.newId(), new CustomerId("c-1"), onItsWay,
                List.of(line(2, 1)), "changed-mind", null, List.of(), POLICY, wayLater)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("has not been delivered: the shop takes back delivered parcels only");

        var allowing = new ReturnPolicy(POLICY.window(), POLICY.reasons(), POLICY.notReturnable(), true);
        var request = ReturnRequest.request(UUID.randomUUID(), OrderId.newId(), new CustomerId("c-1"), onItsWay,
                List.of(line(2, 1)), "changed-mind", null, List.of(), allowing, wayLater);

        assertThat(request.status()).isEqualTo(Status.REQUESTED);
        assertThat(allowing.leftInWindow(null, wayLater)).as("the window begins at delivery").isEqualTo(Duration.ofDays(14));
        assertThat(allowing.leftInWindow(DELIVERED, DELIVERED.plus(Duration.ofDays(4)))).isEqualTo(Duration.ofDays(10));
    }

    @Test
    void anApprovedReturnGetsOneLabelAndItsParcelMovesOnlyForward() {
        var request = request(DELIVERED, "damaged", line(1, 1));
        var label = ReturnParcel.booked("dhl", "JVGL0123456789", URI.create("https://labels.example.com/l/1.pdf"),
                DELIVERED.plusSeconds(10));
        assertThatThrownBy(() -> request.labelled(label)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("only an approved return not yet received gets a label");
        request.approve(DecidedBy.rule("damaged-goods"), DELIVERED);
        var read = ReturnRequest.reconstitute(request.id(), request.orderId(), request.customerId(), request.shipmentId(),
                request.lines(), request.reason(), request.comment(), request.photos(), request.requestedAt(),
                request.decision().orElseThrow(), null, null, 1);

        assertThat(read.labelled(label)).isTrue();
        assertThat(read.labelled(ReturnParcel.booked("dhl", "JVGL999", URI.create("https://labels.example.com/l/2.pdf"),
                DELIVERED.plusSeconds(20)))).as("booked again after a crash: the first label stays").isFalse();
        assertThat(read.parcel()).hasValue(label);
        assertThat(read.changesSinceRead()).containsExactly(Change.PARCEL);

        assertThat(read.parcelReported(ReturnParcel.Progress.ARRIVED, DELIVERED.plusSeconds(300))).isTrue();
        assertThat(read.parcelReported(ReturnParcel.Progress.ON_ITS_WAY, DELIVERED.plusSeconds(100)))
                .as("an older report, arriving late").isFalse();
        assertThat(read.parcelReported(ReturnParcel.Progress.ARRIVED, DELIVERED.plusSeconds(300))).as("the same again").isFalse();
        assertThat(read.parcel().orElseThrow().progress()).isEqualTo(ReturnParcel.Progress.ARRIVED);
        assertThatThrownBy(() -> ReturnParcel.booked("dhl", "1", URI.create("ftp://labels.example.com/l"), DELIVERED))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aReceiptCountsEachLineOnceAndNoNegativeUnits() {
        assertThatThrownBy(() -> new ReturnReceipt.Line(1, -1, 0, 0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ReturnReceipt.of("MAIN", List.of(new ReturnReceipt.Line(1, 1, 0, 0),
                new ReturnReceipt.Line(1, 0, 1, 0)), "warehouse", DELIVERED)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("appears twice");
        assertThatThrownBy(() -> ReturnReceipt.of("MAIN", List.of(), "warehouse", DELIVERED))
                .isInstanceOf(InvalidValueException.class);
        assertThat(new ReturnReceipt.Line(1, 1, 2, 3).refundable()).as("refused units are not refunded").isEqualTo(3);
    }
}
