package io.orderservice.payment.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.payment.application.port.out.PaymentGateway;
import io.orderservice.payment.application.port.out.PaymentGateway.Approved;
import io.orderservice.payment.application.port.out.PaymentGateway.AuthorisationRequest;
import io.orderservice.payment.application.port.out.PaymentGateway.CaptureRequest;
import io.orderservice.payment.application.port.out.PaymentGateway.GatewayResult;
import io.orderservice.payment.application.port.out.PaymentGateway.Pending;
import io.orderservice.payment.application.port.out.PaymentGateway.Refused;
import io.orderservice.payment.application.port.out.PaymentGateway.RefundRequest;
import io.orderservice.payment.application.port.out.PaymentGateway.VoidRequest;
import io.orderservice.payment.domain.PaymentId;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentToken;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PaymentGateway} must do, as tests. An adapter's test extends this class and says
 * how to reach its gateway and which tokens approve and decline there (docs/payments.md, "Adding a
 * payment gateway"). Shipped in order-adapter-kits.
 */
public abstract class PaymentGatewayContract {

    /** The gateway under test, ready to answer (its provider, or a local stand-in for it, running). */
    protected abstract PaymentGateway gateway();

    /** A token this gateway authorises. */
    protected abstract PaymentToken approvingToken();

    /** A token this gateway declines as a card issuer would, with a machine-readable code. */
    protected abstract PaymentToken decliningToken();

    @Test
    void approvesAnAuthorisationWithAReference() {
        var result = authorise(approvingToken(), 5_000, key());

        assertThat(result).isInstanceOfSatisfying(Approved.class, approved -> assertThat(approved.reference()).isNotBlank());
    }

    @Test
    void declinesWithACode() {
        var result = authorise(decliningToken(), 5_000, key());

        assertThat(result).isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.code()).isNotBlank());
    }

    @Test
    void aRetriedAuthorisationWithTheSameKeyIsTheSameAuthorisation() {
        var key = key();
        var first = (Approved) authorise(approvingToken(), 5_000, key);
        var again = authorise(approvingToken(), 5_000, key);

        assertThat(again).isEqualTo(first);
    }

    @Test
    void capturesWhatWasAuthorisedAndNoMore() {
        var tooMuch = (Approved) authorise(approvingToken(), 5_000, key());
        assertThat(gateway().capture(new CaptureRequest(PaymentId.newId(), tooMuch.reference(), eur(5_001), key())))
                .isInstanceOf(Refused.class);

        var authorisation = (Approved) authorise(approvingToken(), 5_000, key());
        assertThat(gateway().capture(new CaptureRequest(PaymentId.newId(), authorisation.reference(), eur(5_000), key())))
                .isInstanceOf(Approved.class);
    }

    @Test
    void voidsAnUncapturedAuthorisationOnly() {
        var voidable = (Approved) authorise(approvingToken(), 5_000, key());
        assertThat(gateway().voidAuthorisation(new VoidRequest(PaymentId.newId(), voidable.reference(), key())))
                .isInstanceOf(Approved.class);

        var captured = capturedAuthorisation(5_000);
        assertThat(gateway().voidAuthorisation(new VoidRequest(PaymentId.newId(), captured, key())))
                .isInstanceOf(Refused.class);
    }

    /** A refund may be made at once or accepted as pending; either way it counts against what is left to refund. */
    @Test
    void refundsInPartsNeverMoreThanCapturedAndOncePerKey() {
        var captured = capturedAuthorisation(5_000);
        var firstKey = key();

        var first = gateway().refund(new RefundRequest(PaymentId.newId(), captured, eur(3_000), firstKey));
        var retried = gateway().refund(new RefundRequest(PaymentId.newId(), captured, eur(3_000), firstKey));
        assertThat(first).isInstanceOfAny(Approved.class, Pending.class);
        assertThat(retried).as("the same key is the same refund").isEqualTo(first);

        assertThat(gateway().refund(new RefundRequest(PaymentId.newId(), captured, eur(2_001), key())))
                .as("only 20.00 is left to refund").isInstanceOf(Refused.class);
        assertThat(gateway().refund(new RefundRequest(PaymentId.newId(), captured, eur(2_000), key())))
                .isInstanceOfAny(Approved.class, Pending.class);
    }

    private String capturedAuthorisation(long amountMinor) {
        var authorisation = (Approved) authorise(approvingToken(), amountMinor, key());
        assertThat(gateway().capture(new CaptureRequest(PaymentId.newId(), authorisation.reference(), eur(amountMinor), key())))
                .isInstanceOf(Approved.class);
        return authorisation.reference();
    }

    private GatewayResult authorise(PaymentToken token, long amountMinor, String key) {
        return gateway().authorise(new AuthorisationRequest(PaymentId.newId(), OrderId.newId(), new CustomerId("contract-customer"),
                eur(amountMinor), PaymentMethodType.CARD, token, key));
    }

    private static Money eur(long amountMinor) {
        return Money.of(amountMinor, "EUR");
    }

    private static String key() {
        return "contract-" + UUID.randomUUID();
    }
}
