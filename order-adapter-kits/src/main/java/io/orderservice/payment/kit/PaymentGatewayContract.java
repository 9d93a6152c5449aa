package io.orderservice.payment.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.payment.application.port.out.PaymentGateway.Approved;
import io.orderservice.payment.application.port.out.PaymentGateway.AuthorisationRequest;
import io.orderservice.payment.application.port.out.PaymentGateway.CaptureRequest;
import io.orderservice.payment.application.port.out.PaymentGateway.GatewayResult;
import io.orderservice.payment.application.port.out.PaymentGateway.Pending;
import io.orderservice.payment.application.port.out.PaymentGateway.RefundRequest;
import io.orderservice.payment.application.port.out.PaymentGateway.Refused;
import io.orderservice.payment.application.port.out.PaymentGateway.VoidRequest;
import io.orderservice.payment.application.port.out.PaymentGateway;
import io.orderservice.payment.application.port.out.PaymentGatewayUnavailableException;
import io.orderservice.payment.domain.PaymentId;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentToken;
import io.orderservice.shared.kit.ProviderMisbehaviour;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What every {@link PaymentGateway} must do, as tests. An adapter's test extends this class and says how to reach its
 * gateway, which tokens approve and decline there — a declining token for every shape the provider declines in (an
 * HTTP 402, a declined status inside a 2xx, ...) — and, through {@link #misbehaving}, how its local stand-in for the
 * provider enacts each {@link ProviderMisbehaviour} (docs/adapters/payment-gateways.md). A retry in this kit is always
 * the identical request (the same payment, order, amount and key), as the service sends it, so a provider that checks
 * a replayed key's body answers it as the first.
 */
public abstract class PaymentGatewayContract {

    /** The gateway under test, ready to answer (its provider, or a local stand-in for it, running). */
    protected abstract PaymentGateway gateway();

    /** A token this gateway authorises. */
    protected abstract PaymentToken approvingToken();

    /**
     * Tokens this gateway declines as a card issuer would, with a machine-readable code: one for every shape the
     * provider's declines come in, named by it (e.g. {@code "402 with decline_code"}, {@code "declined status in a 200"}).
     */
    protected abstract Map<String, PaymentToken> decliningTokens();

    /**
     * A token whose authorisation the provider decides later (a bank transfer, a manual review), if it has such; empty
     * skips the test, and shows it as skipped.
     */
    protected Optional<PaymentToken> decidedLaterToken() {
        return Optional.empty();
    }

    /**
     * Arranges for the provider to misbehave so from the next call on, and says which gateway and token to authorise
     * with then (the gateway may be another instance, e.g. one pointed at a closed port for
     * {@link ProviderMisbehaviour#UNREACHABLE}). Empty when the stand-in cannot enact it: the scenario is then skipped,
     * and shown as skipped.
     */
    protected Optional<Misbehaving> misbehaving(ProviderMisbehaviour misbehaviour) {
        return Optional.empty();
    }

    /** The gateway to call and the token to send while the provider misbehaves. */
    public record Misbehaving(PaymentGateway gateway, PaymentToken token) {
    }

    @Test
    void approvesAnAuthorisationWithAReference() {
        var result = gateway().authorise(authorisation(approvingToken(), 5_000));

        assertThat(result).isInstanceOfSatisfying(Approved.class, approved -> assertThat(approved.reference()).isNotBlank());
    }

    @TestFactory
    Stream<DynamicTest> declinesWithACodeInEveryShapeAndRepeatsTheDeclineToARetry() {
        assertThat(decliningTokens()).as("at least one declining token").isNotEmpty();
        return decliningTokens().entrySet().stream().map(shape -> DynamicTest.dynamicTest(shape.getKey(), () -> {
            var request = authorisation(shape.getValue(), 5_000);

            var result = gateway().authorise(request);
            assertThat(result).as("declined (%s)", shape.getKey())
                    .isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.code()).isNotBlank());
            assertThat(gateway().authorise(request)).as("the identical retry").isEqualTo(result);
        }));
    }

    @Test
    void anIdenticalRetryOfAnAuthorisationIsTheSameAuthorisation() {
        var request = authorisation(approvingToken(), 5_000);
        var first = (Approved) gateway().authorise(request);

        assertThat(gateway().authorise(request)).isEqualTo(first);
    }

    @Test
    void anAuthorisationDecidedLaterIsPendingUnderTheReferenceItsNewsWillName() {
        var token = decidedLaterToken();
        Assumptions.assumeTrue(token.isPresent(), "the provider decides every authorisation at once");
        var request = authorisation(token.get(), 5_000);

        var result = gateway().authorise(request);
        assertThat(result).isInstanceOfSatisfying(Pending.class, pending -> assertThat(pending.reference()).isNotBlank());
        assertThat(gateway().authorise(request)).as("the identical retry").isEqualTo(result);
    }

    @Test
    void capturesWhatWasAuthorisedAndNoMore() {
        var tooMuch = authorisation(approvingToken(), 5_000);
        var tooMuchReference = ((Approved) gateway().authorise(tooMuch)).reference();
        assertThat(gateway().capture(new CaptureRequest(tooMuch.paymentId(), tooMuchReference, eur(5_001), key())))
                .isInstanceOf(Refused.class);

        var authorised = authorisation(approvingToken(), 5_000);
        var reference = ((Approved) gateway().authorise(authorised)).reference();
        var capture = new CaptureRequest(authorised.paymentId(), reference, eur(5_000), key());
        var captured = gateway().capture(capture);
        assertThat(captured).isInstanceOf(Approved.class);
        assertThat(gateway().capture(capture)).as("the identical retry").isEqualTo(captured);
    }

    @Test
    void voidsAnUncapturedAuthorisationOnly() {
        var voidable = authorisation(approvingToken(), 5_000);
        var reference = ((Approved) gateway().authorise(voidable)).reference();
        assertThat(gateway().voidAuthorisation(new VoidRequest(voidable.paymentId(), reference, key())))
                .isInstanceOf(Approved.class);

        var captured = capturedAuthorisation(5_000);
        assertThat(gateway().voidAuthorisation(new VoidRequest(captured.paymentId(), captured.reference(), key())))
                .isInstanceOf(Refused.class);
    }

    /** A refund may be made at once or accepted as pending; either way it counts against what is left to refund. */
    @Test
    void refundsInPartsNeverMoreThanCapturedAndOncePerKey() {
        var captured = capturedAuthorisation(5_000);
        var firstRefund = new RefundRequest(captured.paymentId(), captured.reference(), eur(3_000), key());

        var first = gateway().refund(firstRefund);
        assertThat(first).isInstanceOfAny(Approved.class, Pending.class);
        assertThat(gateway().refund(firstRefund)).as("the identical retry is the same refund").isEqualTo(first);

        assertThat(gateway().refund(new RefundRequest(captured.paymentId(), captured.reference(), eur(2_001), key())))
                .as("only 20.00 is left to refund").isInstanceOf(Refused.class);
        assertThat(gateway().refund(new RefundRequest(captured.paymentId(), captured.reference(), eur(2_000), key())))
                .isInstanceOfAny(Approved.class, Pending.class);
    }

    // Each misbehaviour of the provider, and the one answer the port allows for it: a test each, so that each starts
    // with a provider that behaves (the adapter's @BeforeEach) and a closed circuit.

    @Test
    void aServerErrorIsRetriedWithTheIdenticalRequestAndAuthorisesOnce() {
        var arranged = arranged(ProviderMisbehaviour.FAILS_ONCE_THEN_ANSWERS);
        var request = authorisation(arranged.token(), 5_000);

        var result = arranged.gateway().authorise(request);
        assertThat(result).as("retried with the same key and request").isInstanceOf(Approved.class);
        assertThat(arranged.gateway().authorise(request)).as("one authorisation").isEqualTo(result);
    }

    @Test
    void serverErrorsEveryTimeMayHaveBeenProcessed() {
        assertUnavailable(ProviderMisbehaviour.FAILS_EVERY_TIME, true);
    }

    @Test
    void anAnswerTooLateMayHaveBeenProcessed() {
        assertUnavailable(ProviderMisbehaviour.ANSWERS_TOO_LATE, true);
    }

    @Test
    void aMalformedAnswerIsNeitherApprovalNorDeclineAndMayHaveBeenProcessed() {
        assertUnavailable(ProviderMisbehaviour.ANSWERS_MALFORMED, true);
    }

    @Test
    void anUnknownStatusIsNeitherApprovalNorDeclineAndMayHaveBeenProcessed() {
        assertUnavailable(ProviderMisbehaviour.ANSWERS_UNKNOWN_STATUS, true);
    }

    @Test
    void aRateLimitedCallWasNotProcessed() {
        assertUnavailable(ProviderMisbehaviour.RATE_LIMITS_EVERY_TIME, false);
    }

    @Test
    void anUnreachableProviderProcessedNothing() {
        assertUnavailable(ProviderMisbehaviour.UNREACHABLE, false);
    }

    private Misbehaving arranged(ProviderMisbehaviour misbehaviour) {
        return misbehaviour.enactedBy(misbehaving(misbehaviour));
    }

    private void assertUnavailable(ProviderMisbehaviour misbehaviour, boolean mayHaveBeenProcessed) {
        var arranged = arranged(misbehaviour);
        var request = authorisation(arranged.token(), 5_000);
        assertThatThrownBy(() -> arranged.gateway().authorise(request))
                .as("%s is neither an approval nor a decline", misbehaviour)
                .isInstanceOfSatisfying(PaymentGatewayUnavailableException.class, unavailable ->
                        assertThat(unavailable.mayHaveBeenProcessed())
                                .as("%s: may the provider have processed it? (only a certain 'no' lets another gateway be tried)",
                                        misbehaviour)
                                .isEqualTo(mayHaveBeenProcessed));
    }

    /** An authorised and captured payment: its id and the gateway's reference. */
    private record Captured(PaymentId paymentId, String reference) {
    }

    private Captured capturedAuthorisation(long amountMinor) {
        var request = authorisation(approvingToken(), amountMinor);
        var reference = ((Approved) gateway().authorise(request)).reference();
        assertThat(gateway().capture(new CaptureRequest(request.paymentId(), reference, eur(amountMinor), key())))
                .isInstanceOf(Approved.class);
        return new Captured(request.paymentId(), reference);
    }

    private static AuthorisationRequest authorisation(PaymentToken token, long amountMinor) {
        return new AuthorisationRequest(PaymentId.newId(), OrderId.newId(), new CustomerId("contract-customer"),
                eur(amountMinor), PaymentMethodType.CARD, token, key());
    }

    private static Money eur(long amountMinor) {
        return Money.of(amountMinor, "EUR");
    }

    private static String key() {
        return "contract-" + UUID.randomUUID();
    }
}
