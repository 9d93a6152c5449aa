package io.orderservice.payment.gateway.sandbox;

import io.orderservice.payment.application.port.out.PaymentGateway;
import io.orderservice.payment.application.port.out.PaymentGatewayUnavailableException;
import io.orderservice.shared.Money;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The local default's payment gateway: in process, like a card gateway's test mode. It exists only where
 * {@value #ENABLED} is true — set by the local defaults (embedded PostgreSQL or the {@code local} profile), or
 * explicitly, e.g. for a staging environment; elsewhere payment routing that names it refuses to start. It answers by documented
 * test token (docs/payments.md, "Sandbox tokens"), never moves money, and otherwise behaves like a
 * gateway: it remembers idempotency keys, refuses to capture more than it authorised or refund more
 * than it captured, and voids only what is not captured. Its memory is bounded (the newest 100,000
 * authorisations and keys); it forgets everything on restart.
 */
@Component
@ConditionalOnBooleanProperty(SandboxGateway.ENABLED)
public class SandboxGateway implements PaymentGateway {

    public static final String NAME = "sandbox";
    public static final String ENABLED = "order-service.payment.sandbox.enabled";

    private static final int MEMORY = 100_000;
    private static final Map<String, Refused> DECLINES = Map.of(
            "tok_decline", new Refused("card_declined", "the card was declined"),
            "tok_insufficient_funds", new Refused("insufficient_funds", "the card has insufficient funds"),
            "tok_expired_card", new Refused("expired_card", "the card has expired"));

    private final Map<String, GatewayResult> answersByKey = bounded();
    private final Map<String, Authorisation> authorisations = bounded();

    private static final class Authorisation {
        final Money amount;
        Money captured;
        Money refunded;
        boolean voided;
        final boolean refusesCapture;

        Authorisation(Money amount, boolean refusesCapture) {
            this.amount = amount;
            this.refusesCapture = refusesCapture;
            this.captured = Money.zero(amount.currency());
            this.refunded = Money.zero(amount.currency());
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public GatewayResult authorise(AuthorisationRequest request) {
        switch (request.token().value()) {
            case "tok_timeout" -> throw new PaymentGatewayUnavailableException(NAME,
                    "the sandbox timed out (tok_timeout)", true, null);
            case "tok_error" -> throw new PaymentGatewayUnavailableException(NAME,
                    "the sandbox failed with an internal error (tok_error)", true, null);
            case "tok_gateway_down" -> throw new PaymentGatewayUnavailableException(NAME,
                    "the sandbox refused the connection (tok_gateway_down)", false, null);
            default -> {
            }
        }
        return once(request.idempotencyKey(), () -> {
            var token = request.token().value();
            if (token.equals("tok_approve") || token.equals("tok_capture_refused")) {
                var reference = "sbx_auth_" + UUID.randomUUID();
                authorisations.put(reference, new Authorisation(request.amount(), token.equals("tok_capture_refused")));
                return new Approved(reference);
            }
            if (token.equals("tok_requires_action")) {
                var reference = "sbx_auth_" + UUID.randomUUID();
                authorisations.put(reference, new Authorisation(request.amount(), false));
                return new RequiresAction(reference, "https://sandbox.invalid/3ds/" + reference);
            }
            return DECLINES.getOrDefault(token, new Refused("invalid_token", "the sandbox knows no such payment token"));
        });
    }

    @Override
    public GatewayResult capture(CaptureRequest request) {
        return once(request.idempotencyKey(), () -> {
            var authorisation = authorisations.get(request.authorisationReference());
            if (authorisation == null || authorisation.voided || !authorisation.captured.isZero()) {
                return new Refused("not_capturable", "no uncaptured authorisation " + request.authorisationReference());
            }
            if (authorisation.refusesCapture) {
                return new Refused("capture_refused", "the issuer refused the capture (tok_capture_refused)");
            }
            if (request.amount().isGreaterThan(authorisation.amount)) {
                return new Refused("amount_too_large", "cannot capture more than the authorised " + authorisation.amount);
            }
            authorisation.captured = request.amount();
            return new Approved("sbx_cap_" + UUID.randomUUID());
        });
    }

    @Override
    public GatewayResult voidAuthorisation(VoidRequest request) {
        return once(request.idempotencyKey(), () -> {
            var authorisation = authorisations.get(request.authorisationReference());
            if (authorisation == null || authorisation.voided || !authorisation.captured.isZero()) {
                return new Refused("not_voidable", "no uncaptured authorisation " + request.authorisationReference());
            }
            authorisation.voided = true;
            return new Approved("sbx_void_" + UUID.randomUUID());
        });
    }

    @Override
    public GatewayResult refund(RefundRequest request) {
        return once(request.idempotencyKey(), () -> {
            var authorisation = authorisations.get(request.authorisationReference());
            if (authorisation == null || authorisation.captured.isZero()) {
                return new Refused("not_refundable", "nothing captured on " + request.authorisationReference());
            }
            if (request.amount().isGreaterThan(authorisation.captured.minus(authorisation.refunded))) {
                return new Refused("amount_too_large", "cannot refund more than the captured "
                        + authorisation.captured + " less the refunded " + authorisation.refunded);
            }
            authorisation.refunded = authorisation.refunded.plus(request.amount());
            return new Approved("sbx_re_" + UUID.randomUUID());
        });
    }

    /** The first answer for a key, for ever (within memory): a retried call moves no money twice. */
    private synchronized GatewayResult once(String idempotencyKey, Supplier<GatewayResult> firstTime) {
        var known = answersByKey.get(idempotencyKey);
        if (known != null) {
            return known;
        }
        var answer = firstTime.get();
        answersByKey.put(idempotencyKey, answer);
        return answer;
    }

    private static <V> Map<String, V> bounded() {
        return new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > MEMORY;
            }
        };
    }
}
