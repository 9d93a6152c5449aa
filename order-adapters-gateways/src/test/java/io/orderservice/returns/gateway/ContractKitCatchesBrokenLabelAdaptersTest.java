package io.orderservice.returns.gateway;

import static io.orderservice.shared.kit.BrokenAdapters.assertKitFails;

import io.orderservice.returns.application.port.out.ReturnLabels.BookedLabel;
import io.orderservice.returns.application.port.out.ReturnLabels.LabelNotBookedException;
import io.orderservice.returns.application.port.out.ReturnLabels.LabelRequest;
import io.orderservice.returns.application.port.out.ReturnLabels;
import io.orderservice.shared.kit.ProviderMisbehaviour;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The label kit fails label adapters broken the way they break, each the working adapter with one mistake, run through
 * the JUnit engine as {@code ContractKitCatchesBrokenGatewaysTest} does for gateways.
 */
class ContractKitCatchesBrokenLabelAdaptersTest {

    @Test
    void anAdapterThatSendsAFreshKeyEveryTimeFailsTheKit() {
        assertKitFails(FreshKeyEveryTime.class, 3, "askedAgainForTheSameReturn", "afterAServerError", "anAnswerTooLate");
    }

    @Test
    void anAdapterThatAnswersNoLabelsWhenTheCarrierFailsFailsTheKit() {
        assertKitFails(NoLabelsOnFailure.class, 6, "serverErrorsEveryTime", "aMalformedAnswer", "aRateLimitedCall",
                "anUnreachableCarrier", "anAnswerTooLate", "afterAServerError");
    }

    @Test
    void anAdapterThatLetsItsClientsExceptionsEscapeFailsTheKit() {
        assertKitFails(LeaksClientExceptions.class, 6, "serverErrorsEveryTime", "anUnreachableCarrier", "afterAServerError");
    }

    @Test
    void anAdapterThatPassesOnARelativeLabelAddressFailsTheKit() {
        assertKitFails(RelativeLabelAddress.class, 1, "booksALabelWithATrackingNumberAndAnAbsoluteAddress");
    }

    @Test
    void aShippoAdapterThatBuysWithoutLookingFirstFailsTheKit() {
        assertKitFails(BuysWithoutLooking.class, 3, "askedAgainForTheSameReturn", "afterAServerError", "anAnswerTooLate");
    }

    /** The working adapter with one mistake, applied to every ask. */
    abstract static class WithAMistake extends HttpReturnLabelsContractTest {

        abstract Optional<BookedLabel> mistake(ReturnLabels real, LabelRequest request);

        @Override
        protected ReturnLabels labels() {
            return broken(super.labels());
        }

        @Override
        protected Optional<ReturnLabels> misbehaving(ProviderMisbehaviour misbehaviour) {
            return super.misbehaving(misbehaviour).map(this::broken);
        }

        private ReturnLabels broken(ReturnLabels real) {
            return new ReturnLabels() {
                @Override
                public boolean booksLabels() {
                    return real.booksLabels();
                }

                @Override
                public Optional<BookedLabel> book(LabelRequest request) {
                    return mistake(real, request);
                }
            };
        }
    }

    /** A new idempotency key per call (a random one, or none): a retry books a second label. */
    static class FreshKeyEveryTime extends WithAMistake {
        @Override
        Optional<BookedLabel> mistake(ReturnLabels real, LabelRequest request) {
            return real.book(new LabelRequest(UUID.randomUUID(), request.rma(), request.from()));
        }
    }

    /** Answers "this shop books no labels" when the carrier fails: the customer is told to post the parcel themselves. */
    static class NoLabelsOnFailure extends WithAMistake {
        @Override
        Optional<BookedLabel> mistake(ReturnLabels real, LabelRequest request) {
            try {
                return real.book(request);
            } catch (LabelNotBookedException failed) {
                return Optional.empty();
            }
        }
    }

    /** Lets its HTTP client's exception out instead of the port's: the outbox's retry and the operators' alert miss it. */
    static class LeaksClientExceptions extends WithAMistake {
        @Override
        Optional<BookedLabel> mistake(ReturnLabels real, LabelRequest request) {
            try {
                return real.book(request);
            } catch (LabelNotBookedException failed) {
                throw new IllegalStateException("I/O error on POST request", failed.getCause());
            }
        }
    }

    /** Passes on the carrier's label path as it came, relative to the carrier's API. */
    static class RelativeLabelAddress extends WithAMistake {
        @Override
        Optional<BookedLabel> mistake(ReturnLabels real, LabelRequest request) {
            return real.book(request).map(label -> new BookedLabel(label.carrier(), label.trackingNumber(),
                    URI.create(label.labelUrl().getPath())));
        }
    }

    /** Buys through Shippo without looking for the label it bought before: every retry buys another. */
    static class BuysWithoutLooking extends ShippoReturnLabelsContractTest {
        @Override
        ShippoReturnLabels adapter(URI baseUrl) {
            return new ShippoReturnLabels(new ReturnLabelProperties("usps", baseUrl, ShippoApiStandIn.TOKEN,
                    Duration.ofMillis(200), READ_TIMEOUT, RETURNS), SHIPPO, Clock.systemUTC()) {
                @Override
                Optional<JsonNode> boughtEarlier(String metadata, String rma) {
                    return Optional.empty();
                }
            };
        }
    }
}
