package io.orderservice.ordering.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.orderservice.ordering.application.port.out.AddressVerification.AddressCheck;
import io.orderservice.ordering.application.port.out.AddressVerification.Deliverable;
import io.orderservice.ordering.application.port.out.AddressVerification.Problem;
import io.orderservice.ordering.application.port.out.AddressVerification.Undeliverable;
import io.orderservice.ordering.application.port.out.AddressVerification;
import io.orderservice.shared.Address;
import io.orderservice.shared.kit.ProviderMisbehaviour;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What every {@link AddressVerification} must do, as tests (docs/adapters/address-verification.md). An adapter's test
 * extends this class and gives the adapter (talking to a local stand-in for its service), addresses its service finds
 * deliverable — some written carelessly, as shoppers do — and undeliverable ones, one per way the service refuses, and
 * through {@link #misbehaving} an adapter whose service misbehaves each way.
 */
public abstract class AddressVerificationContract {

    /** The adapter under test, ready to answer. */
    protected abstract AddressVerification verification();

    /** Addresses the service finds deliverable, named by what they show (e.g. "lower-case postal code without its space"). */
    protected abstract Map<String, Address> deliverableAddresses();

    /** Addresses the service refuses, one per way it refuses (a postal code of another country, no such street, ...). */
    protected abstract Map<String, Address> undeliverableAddresses();

    /**
     * An adapter whose service misbehaves so from the next call on (it may be another instance, e.g. one pointed at a
     * closed port for {@link ProviderMisbehaviour#UNREACHABLE}); empty when it cannot: the scenario is then skipped,
     * and shown as skipped. An adapter without a service (rules in process) has none to offer.
     */
    protected Optional<AddressVerification> misbehaving(ProviderMisbehaviour misbehaviour) {
        return Optional.empty();
    }

    @TestFactory
    Stream<DynamicTest> aDeliverableAddressComesBackWithItsRecipientAndCountryInTheFormCarriersExpect() {
        return deliverableAddresses().entrySet().stream().map(sample -> DynamicTest.dynamicTest(sample.getKey(), () -> {
            var written = sample.getValue();
            var normalised = deliverable(verification().verify(written), sample.getKey());
            assertThat(normalised.recipient()).as("the recipient is a person's name, not the service's to change")
                    .isEqualTo(written.recipient());
            assertThat(normalised.countryCode()).as("an address never moves to another country").isEqualTo(written.countryCode());
        }));
    }

    @TestFactory
    Stream<DynamicTest> theNormalisedFormIsDeliverableAsItIs() {
        return deliverableAddresses().entrySet().stream().map(sample -> DynamicTest.dynamicTest(sample.getKey(), () -> {
            var normalised = deliverable(verification().verify(sample.getValue()), sample.getKey());
            assertThat(deliverable(verification().verify(normalised), sample.getKey() + ", verified again"))
                    .as("the form carriers expect is a fixed point: verifying it again changes nothing")
                    .isEqualTo(normalised);
        }));
    }

    @TestFactory
    Stream<DynamicTest> anUndeliverableAddressNamesEachFieldToFix() {
        return undeliverableAddresses().entrySet().stream().map(sample -> DynamicTest.dynamicTest(sample.getKey(), () -> {
            var check = verification().verify(sample.getValue());
            assertThat(check).as("%s is refused", sample.getKey()).isInstanceOf(Undeliverable.class);
            assertThat(((Undeliverable) check).problems()).allSatisfy(problem -> {
                assertThat(problem.field()).as("a field the shopper can fix").isIn(Problem.FIELDS);
                assertThat(problem.message()).as("a reason the shopper can read").isNotBlank();
            });
        }));
    }

    // Each misbehaviour of the service, and the one answer the port allows: the address passes as written (an outage
    // must not stop orders), with no exception.

    @Test
    void aServerErrorOnceStillVerifies() {
        letsTheAddressPass(ProviderMisbehaviour.FAILS_ONCE_THEN_ANSWERS);
    }

    @Test
    void serverErrorsEveryTimeLetTheAddressPassAsWritten() {
        letsTheAddressPass(ProviderMisbehaviour.FAILS_EVERY_TIME);
    }

    @Test
    void anAnswerTooLateLetsTheAddressPassAsWritten() {
        letsTheAddressPass(ProviderMisbehaviour.ANSWERS_TOO_LATE);
    }

    @Test
    void aMalformedAnswerLetsTheAddressPassAsWritten() {
        letsTheAddressPass(ProviderMisbehaviour.ANSWERS_MALFORMED);
    }

    @Test
    void aVerdictNewerThanTheAdapterIsNoRefusal() {
        letsTheAddressPass(ProviderMisbehaviour.ANSWERS_UNKNOWN_STATUS);
    }

    @Test
    void aRateLimitedCallLetsTheAddressPassAsWritten() {
        letsTheAddressPass(ProviderMisbehaviour.RATE_LIMITS_EVERY_TIME);
    }

    @Test
    void anUnreachableServiceLetsTheAddressPassAsWritten() {
        letsTheAddressPass(ProviderMisbehaviour.UNREACHABLE);
    }

    private void letsTheAddressPass(ProviderMisbehaviour misbehaviour) {
        var adapter = misbehaviour.enactedBy(misbehaving(misbehaviour));
        var written = deliverableAddresses().values().iterator().next();
        var checks = new AddressCheck[1];
        assertThatCode(() -> checks[0] = adapter.verify(written)).as("%s: no exception", misbehaviour)
                .doesNotThrowAnyException();
        var passed = deliverable(checks[0], misbehaviour.name());
        assertThat(List.of(passed.recipient(), passed.countryCode()))
                .as("%s: the address passes as written (or as verified, once the service answered)", misbehaviour)
                .isEqualTo(List.of(written.recipient(), written.countryCode()));
    }

    private static Address deliverable(AddressCheck check, String what) {
        assertThat(check).as("%s is deliverable", what).isInstanceOf(Deliverable.class);
        return ((Deliverable) check).normalised();
    }
}
