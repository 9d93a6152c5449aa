package io.orderservice.payment.gateway;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.orderservice.payment.application.port.out.PaymentGateway;
import io.orderservice.payment.gateway.sandbox.SandboxGateway;
import io.orderservice.payment.kit.PaymentGatewayContract;
import io.orderservice.shared.PaymentToken;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The contract kit is no formality: run against gateways broken the way adapters break (a decline mapped
 * to an approval; a retried call charging again), it fails. The broken gateways are nested classes, which
 * the build's test run skips; only this test runs them, through the JUnit engine.
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
        protected PaymentToken decliningToken() {
            return new PaymentToken("tok_decline");
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
