package io.orderservice.fulfilment.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.fulfilment.application.port.out.Carriers.HandedOver;
import io.orderservice.fulfilment.application.port.out.Carriers.Handover;
import io.orderservice.fulfilment.application.port.out.Carriers.HandoverRefusedException;
import io.orderservice.fulfilment.application.port.out.Carriers;
import io.orderservice.shared.Address;
import io.orderservice.shared.OrderId;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Carriers} must do, as tests (docs/adapters/carriers.md). A shipment's handover is an operator's or a
 * warehouse's request: whatever it gets wrong must come back as the port's {@link HandoverRefusedException} (a 422
 * that says why), never another exception; and a handover asked again for the same shipment must answer the same
 * tracking number, since the customer may have been sent the first.
 */
public abstract class CarriersContract {

    /** The adapter under test, with its carriers configured. */
    protected abstract Carriers carriers();

    /** A carrier whose label's tracking number the warehouse reports, and a number of its labels. */
    protected abstract LabelCarrier labelCarrier();

    /** A carrier that leaves issuing tracking numbers to the adapter (an own fleet), if one is configured. */
    protected Optional<String> issuingCarrier() {
        return Optional.empty();
    }

    /**
     * @param trackingNumber a tracking number of this carrier's labels
     * @param notItsNumber   a number that cannot be one of this carrier's (another carrier's, a typo)
     */
    public record LabelCarrier(String carrier, String trackingNumber, String notItsNumber) {
    }

    @Test
    void aLabelsTrackingNumberIsHandedOverAsItIsUnderTheCarriersName() {
        var carrier = labelCarrier();

        var handedOver = handOver(UUID.randomUUID(), carrier.carrier().toUpperCase(Locale.ROOT), carrier.trackingNumber());

        assertThat(handedOver.carrier()).as("the carrier's name as configured, whatever case the warehouse wrote")
                .isEqualTo(carrier.carrier().toLowerCase(Locale.ROOT));
        assertThat(handedOver.trackingNumber()).isEqualTo(carrier.trackingNumber());
        if (handedOver.trackingUrl() != null) {
            var url = URI.create(handedOver.trackingUrl());
            assertThat(url.isAbsolute()).as("a tracking page the customer's browser can open").isTrue();
            assertThat(url.getScheme()).isIn("https", "http");
            assertThat(handedOver.trackingUrl()).as("the page of this parcel").contains(carrier.trackingNumber());
        }
    }

    @Test
    void aNumberThatCannotBeTheCarriersIsRefused() {
        assertRefused(labelCarrier().carrier(), labelCarrier().notItsNumber());
    }

    @Test
    void aCarrierThatNeedsItsLabelsNumberIsRefusedWithoutOne() {
        assertRefused(labelCarrier().carrier(), null);
    }

    @Test
    void aCarrierNobodyConfiguredIsRefused() {
        assertRefused("no-such-carrier", labelCarrier().trackingNumber());
    }

    @Test
    void anIssuingCarrierAnswersTheSameNumberForTheSameShipmentAndAnotherForAnother() {
        var carrier = issuingCarrier();
        Assumptions.assumeTrue(carrier.isPresent(), "no carrier issues tracking numbers here");
        var shipment = UUID.randomUUID();

        var first = handOver(shipment, carrier.get(), null);

        assertThat(first.trackingNumber()).isNotBlank();
        assertThat(handOver(shipment, carrier.get(), null)).as("asked again for the same shipment").isEqualTo(first);
        assertThat(handOver(UUID.randomUUID(), carrier.get(), null).trackingNumber()).isNotEqualTo(first.trackingNumber());
    }

    private HandedOver handOver(UUID shipment, String carrier, String trackingNumber) {
        return carriers().handOver(new Handover(OrderId.newId(), shipment, carrier, trackingNumber, SHIP_TO));
    }

    private void assertRefused(String carrier, String trackingNumber) {
        assertThatThrownBy(() -> handOver(UUID.randomUUID(), carrier, trackingNumber))
                .as("refused with the port's exception, which says why (a 422, not a 500)")
                .isInstanceOf(HandoverRefusedException.class).hasMessageFindingMatch("\\S");
    }

    private static final Address SHIP_TO = new Address("Ada Lovelace", "12 Analytical Way", null, "London", null, "N1 9GU", "GB");
}
