package io.orderservice.returns.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.returns.application.port.out.ReturnLabels.BookedLabel;
import io.orderservice.returns.application.port.out.ReturnLabels.LabelNotBookedException;
import io.orderservice.returns.application.port.out.ReturnLabels.LabelRequest;
import io.orderservice.returns.application.port.out.ReturnLabels;
import io.orderservice.shared.Address;
import io.orderservice.shared.kit.ProviderMisbehaviour;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ReturnLabels} that books labels must do, as tests (docs/adapters/carriers.md). An adapter's test
 * extends this class and gives the adapter (talking to a local stand-in for the carrier's label API), an address the
 * carrier collects from, and through {@link #misbehaving} an adapter whose carrier misbehaves each way. The outbox asks
 * again after a failure, so every failure must be the port's {@link LabelNotBookedException} — and asking again for
 * the same return must never book a second label.
 */
public abstract class ReturnLabelsContract {

    /** The adapter under test, with a carrier configured and ready to answer. */
    protected abstract ReturnLabels labels();

    /** An address of a customer the carrier collects parcels from. */
    protected abstract Address customerAddress();

    /**
     * An adapter whose carrier misbehaves so from the next call on (another instance pointed at a closed port for
     * {@link ProviderMisbehaviour#UNREACHABLE}, say); empty when its stand-in cannot: the scenario is skipped.
     */
    protected Optional<ReturnLabels> misbehaving(ProviderMisbehaviour misbehaviour) {
        return Optional.empty();
    }

    /** Makes the carrier behave again after a misbehaviour, as when it is back after an outage. */
    protected void behaveAgain() {
    }

    @Test
    void booksALabelWithATrackingNumberAndAnAbsoluteAddressToPrintItFrom() {
        assertThat(labels().booksLabels()).as("a carrier is configured").isTrue();

        var label = book(labels(), UUID.randomUUID());

        assertThat(label.carrier()).as("the carrier, as its tracking webhooks name it").isNotBlank();
        assertThat(label.trackingNumber()).isNotBlank().hasSizeLessThanOrEqualTo(64);
        assertThat(label.labelUrl().isAbsolute()).as("an address the customer's browser can open").isTrue();
        assertThat(label.labelUrl().getScheme()).isIn("https", "http");
    }

    @Test
    void askedAgainForTheSameReturnTheCarrierAnswersTheLabelItBooked() {
        var returnId = UUID.randomUUID();
        var first = book(labels(), returnId);

        assertThat(book(labels(), returnId)).as("one label per return: the second ask books nothing new").isEqualTo(first);
    }

    @Test
    void anotherReturnGetsALabelOfItsOwn() {
        assertThat(book(labels(), UUID.randomUUID()).trackingNumber())
                .isNotEqualTo(book(labels(), UUID.randomUUID()).trackingNumber());
    }

    @Test
    void afterAServerErrorTheNextAskBooksTheOneLabel() {
        var carrier = arranged(ProviderMisbehaviour.FAILS_ONCE_THEN_ANSWERS);
        var returnId = UUID.randomUUID();
        BookedLabel label;
        try {
            label = book(carrier, returnId);
        } catch (LabelNotBookedException notThisTime) {
            label = book(carrier, returnId); // as the outbox asks again
        }
        assertThat(book(labels(), returnId)).as("one label").isEqualTo(label);
    }

    @Test
    void anAnswerTooLateBooksNoneNowAndTheNextAskAnswersTheLabelTheCarrierBooked() {
        var carrier = arranged(ProviderMisbehaviour.ANSWERS_TOO_LATE);
        var returnId = UUID.randomUUID();
        assertNotBooked(carrier, returnId, ProviderMisbehaviour.ANSWERS_TOO_LATE);

        behaveAgain();
        var label = book(labels(), returnId);
        assertThat(book(labels(), returnId)).as("one label, the one booked while the answer was late").isEqualTo(label);
    }

    @Test
    void serverErrorsEveryTimeBookNoLabelThisTime() {
        assertNotBooked(arranged(ProviderMisbehaviour.FAILS_EVERY_TIME), UUID.randomUUID(), ProviderMisbehaviour.FAILS_EVERY_TIME);
    }

    @Test
    void aMalformedAnswerBooksNoLabelThisTime() {
        assertNotBooked(arranged(ProviderMisbehaviour.ANSWERS_MALFORMED), UUID.randomUUID(), ProviderMisbehaviour.ANSWERS_MALFORMED);
    }

    @Test
    void anAnswerWithAStatusTheAdapterDoesNotKnowBooksNoLabelThisTime() {
        assertNotBooked(arranged(ProviderMisbehaviour.ANSWERS_UNKNOWN_STATUS), UUID.randomUUID(),
                ProviderMisbehaviour.ANSWERS_UNKNOWN_STATUS);
    }

    @Test
    void aRateLimitedCallBooksNoLabelThisTime() {
        assertNotBooked(arranged(ProviderMisbehaviour.RATE_LIMITS_EVERY_TIME), UUID.randomUUID(),
                ProviderMisbehaviour.RATE_LIMITS_EVERY_TIME);
    }

    @Test
    void anUnreachableCarrierBooksNoLabelThisTime() {
        assertNotBooked(arranged(ProviderMisbehaviour.UNREACHABLE), UUID.randomUUID(), ProviderMisbehaviour.UNREACHABLE);
    }

    private ReturnLabels arranged(ProviderMisbehaviour misbehaviour) {
        return misbehaviour.enactedBy(misbehaving(misbehaviour));
    }

    private void assertNotBooked(ReturnLabels carrier, UUID returnId, ProviderMisbehaviour misbehaviour) {
        assertThatThrownBy(() -> carrier.book(request(returnId)))
                .as("%s: no label this time, as the port's exception (the outbox asks again; 'no labels' would tell the "
                        + "customer to send the parcel their own way)", misbehaviour)
                .isInstanceOf(LabelNotBookedException.class);
    }

    private BookedLabel book(ReturnLabels carrier, UUID returnId) {
        var label = carrier.book(request(returnId));
        assertThat(label).as("a carrier is configured: a label, not 'no labels'").isPresent();
        return label.get();
    }

    private LabelRequest request(UUID returnId) {
        return new LabelRequest(returnId, "RMA-" + returnId.toString().substring(0, 8).toUpperCase(Locale.ROOT),
                customerAddress());
    }
}
