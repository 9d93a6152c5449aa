package io.orderservice.returns.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.returns.application.port.out.ReturnLabels.BookedLabel;
import io.orderservice.returns.application.port.out.ReturnLabels.LabelNotBookedException;
import io.orderservice.returns.application.port.out.ReturnLabels.LabelRequest;
import io.orderservice.shared.Address;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the Shippo adapter does beyond the kit: Shippo's request shape, and looking before it buys. */
class ShippoReturnLabelsTest {

    static final Address CUSTOMER = new Address("Ada Lovelace", "12 Analytical Way", null, "London", null, "N1 9GU", "GB");

    final ShippoApiStandIn shippo = new ShippoApiStandIn();
    final ShippoReturnLabels labels = new ShippoReturnLabelsContractTest().adapter(shippo.server.baseUrl());

    @AfterEach
    void stopShippo() {
        shippo.close();
    }

    @Test
    void buysAnInstantReturnLabelWithTheAddressesAsForTheParcelGoingOutAndTheRmaOnIt() {
        var returnId = UUID.randomUUID();

        var label = labels.book(new LabelRequest(returnId, "RMA-7F3A21", CUSTOMER)).orElseThrow();

        assertThat(label.carrier()).isEqualTo("usps");
        var sent = shippo.lastPurchaseRequest();
        var shipment = sent.path("shipment");
        assertThat(shipment.path("address_from").path("name").asString()).as("Shippo turns a return's addresses round")
                .isEqualTo("Returns, Order Service");
        assertThat(shipment.path("address_from").path("street2").asString()).isEqualTo("Unit 4");
        assertThat(shipment.path("address_to").path("street1").asString()).isEqualTo("12 Analytical Way");
        assertThat(shipment.path("address_to").path("zip").asString()).isEqualTo("N1 9GU");
        assertThat(shipment.path("address_to").path("country").asString()).isEqualTo("GB");
        assertThat(shipment.path("address_to").has("street2")).as("no empty fields").isFalse();
        assertThat(shipment.path("extra").path("is_return").asBoolean()).isTrue();
        assertThat(shipment.path("extra").path("reference_1").asString()).isEqualTo("RMA-7F3A21");
        assertThat(shipment.path("parcels").get(0).path("weight").asString()).isEqualTo("2");
        assertThat(shipment.path("parcels").get(0).path("mass_unit").asString()).isEqualTo("kg");
        assertThat(sent.path("carrier_account").asString()).isEqualTo("b741b99f95e841639b54272834bc478c");
        assertThat(sent.path("servicelevel_token").asString()).isEqualTo("usps_priority");
        assertThat(sent.path("label_file_type").asString()).isEqualTo("PDF_4x6");
        assertThat(sent.path("async").asBoolean(true)).as("the label in the answer, not later").isFalse();
        assertThat(sent.path("metadata").asString()).contains(returnId.toString()).hasSizeLessThanOrEqualTo(100);
    }

    @Test
    void aPurchaseWhoseAnswerWasLostIsFoundAndAnsweredWithoutBuyingASecond() {
        var request = new LabelRequest(UUID.randomUUID(), "RMA-LOST01", CUSTOMER);
        shippo.answerPurchasesLate(ShippoReturnLabelsContractTest.READ_TIMEOUT.multipliedBy(3));
        assertThatThrownBy(() -> labels.book(request)).isInstanceOf(LabelNotBookedException.class);
        assertThat(shippo.purchases()).as("Shippo bought it all the same").isEqualTo(1);

        shippo.answerPurchasesLate(Duration.ZERO);
        var label = labels.book(request).orElseThrow();

        assertThat(shippo.purchases()).as("the one bought while the answer was late").isEqualTo(1);
        assertThat(label.trackingNumber()).isNotBlank();
    }

    @Test
    void looksThroughPagesOfNewerLabelsForTheOneBoughtBefore() {
        var returnId = UUID.randomUUID();
        shippo.boughtBefore("order-service return " + returnId, "SUCCESS", Instant.now().minusSeconds(3_600));
        for (var other = 0; other < 250; other++) {
            shippo.boughtBefore("order-service return " + UUID.randomUUID(), "SUCCESS", Instant.now().minusSeconds(60));
        }

        labels.book(new LabelRequest(returnId, "RMA-PAGE03", CUSTOMER)).orElseThrow();

        assertThat(shippo.purchases()).isZero();
        assertThat(shippo.listings()).as("100 a page: found on the third").isEqualTo(3);
    }

    @Test
    void looksNoFurtherBackThanTheLookBackAndBuys() {
        var returnId = UUID.randomUUID();
        for (var other = 0; other < 150; other++) {
            shippo.boughtBefore("order-service return " + UUID.randomUUID(), "SUCCESS", Instant.now().minus(Duration.ofDays(4)));
        }
        shippo.boughtBefore("order-service return " + returnId, "SUCCESS", Instant.now().minus(Duration.ofDays(5)));

        labels.book(new LabelRequest(returnId, "RMA-OLD001", CUSTOMER)).orElseThrow();

        assertThat(shippo.listings()).as("the first label older than three days ends the look").isEqualTo(1);
        assertThat(shippo.purchases()).isEqualTo(1);
    }

    @Test
    void aLabelShippoIsStillBuyingIsNoLabelYetAndNoSecondPurchase() {
        var returnId = UUID.randomUUID();
        shippo.boughtBefore("order-service return " + returnId, "QUEUED", Instant.now().minusSeconds(5));

        assertThatThrownBy(() -> labels.book(new LabelRequest(returnId, "RMA-QUEUE1", CUSTOMER)))
                .isInstanceOf(LabelNotBookedException.class).hasMessageContaining("still buying");
        assertThat(shippo.purchases()).isZero();
    }

    @Test
    void aPurchaseThatFailedBeforeIsBoughtAgain() {
        var returnId = UUID.randomUUID();
        shippo.boughtBefore("order-service return " + returnId, "ERROR", Instant.now().minusSeconds(5));

        BookedLabel label = labels.book(new LabelRequest(returnId, "RMA-AGAIN1", CUSTOMER)).orElseThrow();

        assertThat(shippo.purchases()).isEqualTo(1);
        assertThat(label.labelUrl().getScheme()).isEqualTo("https");
    }

    @Test
    void aRefusedPurchaseBooksNoLabelAndSaysWhatShippoSaid() {
        shippo.answerPurchasesWith("ERROR");

        assertThatThrownBy(() -> labels.book(new LabelRequest(UUID.randomUUID(), "RMA-REFUSE", CUSTOMER)))
                .isInstanceOf(LabelNotBookedException.class).hasMessageContaining("The destination address is not deliverable.");
    }

    @Test
    void aWrongTokenBooksNoLabel() {
        var wrongToken = new ShippoReturnLabels(new ReturnLabelProperties("usps", shippo.server.baseUrl(), "shippo_test_wrong",
                Duration.ofMillis(200), Duration.ofMillis(400), ShippoReturnLabelsContractTest.RETURNS),
                ShippoReturnLabelsContractTest.SHIPPO, Clock.systemUTC());

        assertThatThrownBy(() -> wrongToken.book(new LabelRequest(UUID.randomUUID(), "RMA-TOKEN1", CUSTOMER)))
                .isInstanceOf(LabelNotBookedException.class).hasMessageContaining("401");
        assertThat(shippo.purchases()).isZero();
    }
}
