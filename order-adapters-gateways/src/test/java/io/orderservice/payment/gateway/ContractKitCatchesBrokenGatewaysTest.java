package io.orderservice.payment.gateway;

import static io.orderservice.shared.kit.BrokenAdapters.assertKitFails;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.orderservice.payment.application.port.out.PaymentGateway;
import io.orderservice.payment.application.port.out.PaymentGatewayUnavailableException;
import io.orderservice.payment.gateway.sandbox.SandboxGateway;
import io.orderservice.payment.kit.PaymentGatewayContract;
import io.orderservice.shared.PaymentToken;
import io.orderservice.shared.kit.ProviderMisbehaviour;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The contract kit is no formality: run against gateways broken the way adapters break (a decline mapped
 * to an approval; one decline shape of two missed; a retried call charging again; a provider's failure read as a yes,
 * as a no, or as certainly not processed), it fails — in the tests named. The broken gateways are nested classes, which
 * the build's test run skips; only this test runs them, through the JUnit engine. docs/adapters/payment-gateways.md
 * lists these mistakes.
 */
class ContractKitCatchesBrokenGatewaysTest {

    @Test
    void aGatewayThatApprovesDeclinesFailsTheKit() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(DeclinesAsApprovals.class)).execute()
                .testEvents().assertStatistics(stats -> stats.failed(1));
    }

    @Test
    void aGatewayThatIgnoresIdempotencyKeysFailsTheKit() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(ForgetsKeys.class)).execute()
                .testEvents().assertStatistics(stats -> stats.failed(2));
    }

    @Test
    void aGatewayThatReadsOnlyOneOfTheProvidersDeclineShapesFailsTheKit() {
        assertKitFails(ReadsOneDeclineShape.class, 1, "declinesWithACodeInEveryShape");
    }

    @Test
    void aGatewayThatTakesAFailureForAnApprovalFailsTheKit() {
        assertKitFails(FailureAsApproval.class, 3, "serverErrorsEveryTime", "anAnswerTooLate", "anUnreachableProvider");
    }

    @Test
    void aGatewayThatTakesAFailureForADeclineFailsTheKit() {
        assertKitFails(FailureAsDecline.class, 3, "serverErrorsEveryTime", "anAnswerTooLate", "anUnreachableProvider");
    }

    @Test
    void aGatewayThatSaysNothingWasProcessedWhenItCannotKnowFailsTheKit() {
        assertKitFails(ClaimsNothingProcessed.class, 2, "serverErrorsEveryTime", "anAnswerTooLate");
    }

    /** Declines in two shapes, as providers do; the broken adapter reads one and takes the other for an approval. */
    static class ReadsOneDeclineShape extends DeclinesAsApprovals {
        private final SandboxGateway sandbox = new SandboxGateway();

        @Override
        protected PaymentGateway gateway() {
            return new Delegating(sandbox) {
                @Override
                public GatewayResult authorise(AuthorisationRequest request) {
                    var answer = sandbox.authorise(request);
                    return answer instanceof Refused refused && refused.code().equals("insufficient_funds")
                            ? new Approved("looks-fine") : answer;
                }
            };
        }

        @Override
        protected Map<String, PaymentToken> decliningTokens() {
            return Map.of("card declined", new PaymentToken("tok_decline"),
                    "insufficient funds", new PaymentToken("tok_insufficient_funds"));
        }
    }

    /** A gateway whose provider fails in the ways the sandbox's tokens make it. */
    abstract static class FailingProvider extends DeclinesAsApprovals {
        final SandboxGateway sandbox = new SandboxGateway();

        @Override
        protected Optional<Misbehaving> misbehaving(ProviderMisbehaviour misbehaviour) {
            var token = switch (misbehaviour) {
                case FAILS_EVERY_TIME -> "tok_error";
                case ANSWERS_TOO_LATE -> "tok_timeout";
                case UNREACHABLE -> "tok_gateway_down";
                default -> null;
            };
            return Optional.ofNullable(token).map(value -> new Misbehaving(gateway(), new PaymentToken(value)));
        }

        @Override
        protected PaymentGateway gateway() {
            return new Delegating(sandbox) {
                @Override
                public GatewayResult authorise(AuthorisationRequest request) {
                    try {
                        return sandbox.authorise(request);
                    } catch (PaymentGatewayUnavailableException failure) {
                        return onFailure(failure);
                    }
                }
            };
        }

        abstract PaymentGateway.GatewayResult onFailure(PaymentGatewayUnavailableException failure);
    }

    /** "It did not say no": an exception swallowed into an approval, shipping goods nobody paid for. */
    static class FailureAsApproval extends FailingProvider {
        @Override
        PaymentGateway.GatewayResult onFailure(PaymentGatewayUnavailableException failure) {
            return new PaymentGateway.Approved("assumed");
        }
    }

    /** "It did not say yes": a failure shown as a decline, so the customer pays again with another card. */
    static class FailureAsDecline extends FailingProvider {
        @Override
        PaymentGateway.GatewayResult onFailure(PaymentGatewayUnavailableException failure) {
            return new PaymentGateway.Refused("gateway_error", failure.getMessage());
        }
    }

    /** Every failure reported as certainly not processed: failover then charges a second gateway too. */
    static class ClaimsNothingProcessed extends FailingProvider {
        @Override
        PaymentGateway.GatewayResult onFailure(PaymentGatewayUnavailableException failure) {
            throw new PaymentGatewayUnavailableException(failure.gateway(), failure.getMessage(), false, failure);
        }
    }

    /** Maps the issuer's "no" to "yes". */
    static class DeclinesAsApprovals extends PaymentGatewayContract {
        private final SandboxGateway sandbox = new SandboxGateway();

        @Override
        protected PaymentGateway gateway() {
            return new Delegating(sandbox) {
                @Override
                public GatewayResult authorise(AuthorisationRequest request) {
                    var answer = sandbox.authorise(request);
                    return answer instanceof Refused ? new Approved("looks-fine") : answer;
                }
            };
        }

        @Override
        protected PaymentToken approvingToken() {
            return new PaymentToken("tok_approve");
        }

        @Override
        protected Map<String, PaymentToken> decliningTokens() {
            return Map.of("card declined", new PaymentToken("tok_decline"));
        }
    }

    /** Sends every call with a fresh key, as an adapter that drops the header would. */
    static class ForgetsKeys extends DeclinesAsApprovals {
        private final SandboxGateway sandbox = new SandboxGateway();

        @Override
        protected PaymentGateway gateway() {
            return new Delegating(sandbox) {
                @Override
                public GatewayResult authorise(AuthorisationRequest request) {
                    return sandbox.authorise(new AuthorisationRequest(request.paymentId(), request.orderId(), request.customerId(),
                            request.amount(), request.methodType(), request.token(), java.util.UUID.randomUUID().toString()));
                }

                @Override
                public GatewayResult refund(RefundRequest request) {
                    return sandbox.refund(new RefundRequest(request.paymentId(), request.authorisationReference(),
                            request.amount(), java.util.UUID.randomUUID().toString()));
                }
            };
        }
    }

    private static class Delegating implements PaymentGateway {
        private final PaymentGateway target;

        Delegating(PaymentGateway target) {
            this.target = target;
        }

        @Override
        public String name() {
            return target.name();
        }

        @Override
        public GatewayResult authorise(AuthorisationRequest request) {
            return target.authorise(request);
        }

        @Override
        public GatewayResult capture(CaptureRequest request) {
            return target.capture(request);
        }

        @Override
        public GatewayResult voidAuthorisation(VoidRequest request) {
            return target.voidAuthorisation(request);
        }

        @Override
        public GatewayResult refund(RefundRequest request) {
            return target.refund(request);
        }
    }
}
