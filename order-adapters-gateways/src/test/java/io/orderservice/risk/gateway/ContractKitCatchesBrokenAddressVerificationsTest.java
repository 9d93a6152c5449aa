package io.orderservice.risk.gateway;

import static io.orderservice.shared.kit.BrokenAdapters.assertKitFails;

import io.orderservice.ordering.application.port.out.AddressVerification.AddressCheck;
import io.orderservice.ordering.application.port.out.AddressVerification.Deliverable;
import io.orderservice.ordering.application.port.out.AddressVerification.Problem;
import io.orderservice.ordering.application.port.out.AddressVerification.Undeliverable;
import io.orderservice.ordering.application.port.out.AddressVerification;
import io.orderservice.shared.Address;
import io.orderservice.shared.kit.ProviderMisbehaviour;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The address kit fails adapters broken the way address adapters break, each the working adapter with one mistake,
 * run through the JUnit engine as {@code ContractKitCatchesBrokenGatewaysTest} does for gateways.
 */
class ContractKitCatchesBrokenAddressVerificationsTest {

    @Test
    void anAdapterThatThrowsWhenTheServiceCannotAnswerFailsTheKit() {
        assertKitFails(ThrowsWhenUnanswered.class, 7, "serverErrorsEveryTime", "anAnswerTooLate", "aMalformedAnswer",
                "aVerdictNewerThanTheAdapter", "aRateLimitedCall", "anUnreachableService", "aServerErrorOnce");
    }

    @Test
    void anAdapterThatRefusesAddressesWhileTheServiceIsDownFailsTheKit() {
        assertKitFails(RefusesWhenUnanswered.class, 7, "serverErrorsEveryTime", "anUnreachableService");
    }

    @Test
    void anAdapterThatIgnoresTheVerdictFailsTheKit() {
        assertKitFails(IgnoresTheVerdict.class, 2, "anUndeliverableAddressNamesEachFieldToFix");
    }

    @Test
    void anAdapterThatNamesFieldsInTheServicesWordsFailsTheKit() {
        assertKitFails(FieldsOfItsOwn.class, 2, "anUndeliverableAddressNamesEachFieldToFix");
    }

    @Test
    void anAdapterThatTakesTheRecipientFromTheServiceFailsTheKit() {
        assertKitFails(ChangesTheRecipient.class, 4, "aDeliverableAddressComesBackWithItsRecipient");
    }

    @Test
    void anAdapterWhoseNormalFormIsNotAFixedPointFailsTheKit() {
        assertKitFails(TownWrittenIntoTheStreet.class, 4, "theNormalisedFormIsDeliverableAsItIs");
    }

    /** The working adapter with one mistake: {@code mistake} sees what it was asked, what it answered, and whether the service answered. */
    abstract static class WithAMistake extends AddressValidationApiContractTest {

        abstract AddressCheck mistake(Address written, AddressCheck answered, boolean serviceAnswered);

        @Override
        protected AddressVerification verification() {
            return broken(super.verification());
        }

        @Override
        protected Optional<AddressVerification> misbehaving(ProviderMisbehaviour misbehaviour) {
            return super.misbehaving(misbehaviour).map(this::broken);
        }

        private AddressVerification broken(AddressVerification real) {
            return written -> {
                double unansweredBefore = meters.counter("address-verification.unanswered").count();
                var answered = real.verify(written);
                return mistake(written, answered, meters.counter("address-verification.unanswered").count() == unansweredBefore);
            };
        }
    }

    /** Lets the service's failure escape, so the placement fails with a 500. */
    static class ThrowsWhenUnanswered extends WithAMistake {
        @Override
        AddressCheck mistake(Address written, AddressCheck answered, boolean serviceAnswered) {
            if (!serviceAnswered) {
                throw new IllegalStateException("the address service did not answer");
            }
            return answered;
        }
    }

    /** Fails closed: while the service is down, no order can be placed. */
    static class RefusesWhenUnanswered extends WithAMistake {
        @Override
        AddressCheck mistake(Address written, AddressCheck answered, boolean serviceAnswered) {
            return serviceAnswered ? answered
                    : new Undeliverable(List.of(new Problem("shippingAddress.line1", "the address could not be verified")));
        }
    }

    /** Reads the postal address and never the verdict: every address is deliverable. */
    static class IgnoresTheVerdict extends WithAMistake {
        @Override
        AddressCheck mistake(Address written, AddressCheck answered, boolean serviceAnswered) {
            return answered instanceof Undeliverable ? new Deliverable(written) : answered;
        }
    }

    /** Names the component types the service names (postal_code) instead of the request's fields. */
    static class FieldsOfItsOwn extends WithAMistake {
        @Override
        AddressCheck mistake(Address written, AddressCheck answered, boolean serviceAnswered) {
            return answered instanceof Undeliverable undeliverable ? new Undeliverable(undeliverable.problems().stream()
                    .map(problem -> new Problem(problem.message().split(" ")[0].replace(' ', '_'), problem.message())).toList())
                    : answered;
        }
    }

    /** Takes the whole address from the service, which writes the recipient in capitals. */
    static class ChangesTheRecipient extends WithAMistake {
        @Override
        AddressCheck mistake(Address written, AddressCheck answered, boolean serviceAnswered) {
            if (!serviceAnswered || !(answered instanceof Deliverable deliverable)) {
                return answered;
            }
            var address = deliverable.normalised();
            return new Deliverable(new Address(address.recipient().toUpperCase(Locale.ROOT), address.line1(), address.line2(),
                    address.city(), address.region(), address.postalCode(), address.countryCode()));
        }
    }

    /** Writes the town into the street line as the service's single-line form does, once more at every verification. */
    static class TownWrittenIntoTheStreet extends WithAMistake {
        @Override
        AddressCheck mistake(Address written, AddressCheck answered, boolean serviceAnswered) {
            if (!serviceAnswered || !(answered instanceof Deliverable deliverable)) {
                return answered;
            }
            var address = deliverable.normalised();
            return new Deliverable(new Address(address.recipient(), address.line1() + ", " + address.city(), address.line2(),
                    address.city(), address.region(), address.postalCode(), address.countryCode()));
        }
    }
}
