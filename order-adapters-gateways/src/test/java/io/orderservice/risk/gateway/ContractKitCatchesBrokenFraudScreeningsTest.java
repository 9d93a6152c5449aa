package io.orderservice.risk.gateway;

import static io.orderservice.shared.kit.BrokenAdapters.assertKitFails;

import io.orderservice.ordering.application.port.out.FraudScreening.ScreeningRequest;
import io.orderservice.ordering.application.port.out.FraudScreening;
import io.orderservice.ordering.domain.risk.RiskAssessment;
import io.orderservice.ordering.domain.risk.RiskDecision;
import io.orderservice.ordering.kit.FraudScreeningContract;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentToken;
import io.orderservice.shared.kit.ProviderMisbehaviour;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The fraud kit fails screenings broken the way adapters of a scoring service break. This repository has no adapter of
 * an external scoring service yet, so the working adapter here is a stand-in for one — a score by amount, and a service
 * whose outage it answers as the port requires (held for review) — and each broken one is it with one mistake.
 */
class ContractKitCatchesBrokenFraudScreeningsTest {

    @Test
    void theWorkingScreeningPassesTheKit() {
        assertKitFails(ScoresByAmount.class, 0);
    }

    @Test
    void aScreeningThatAcceptsWhileItsServiceIsDownFailsTheKit() {
        assertKitFails(AcceptsWhenUnanswered.class, 6, "serverErrorsEveryTime", "anUnreachableService", "aDecisionNewerThanTheAdapter");
    }

    @Test
    void aScreeningThatLetsTheServicesFailureOutFailsTheKit() {
        assertKitFails(ThrowsWhenUnanswered.class, 6, "anAnswerTooLate", "aMalformedAnswer", "aRateLimitedCall");
    }

    @Test
    void aScreeningThatHoldsOrdersWithoutSayingWhyFailsTheKit() {
        assertKitFails(NoReasons.class, 2, "decidesEachSampleAsExpected");
    }

    @Test
    void aScreeningThatDecidesDifferentlyWhenAskedAgainFailsTheKit() {
        assertKitFails(DecidesDifferentlyWhenAskedAgain.class, 1, "theSameOrderScreenedAgainIsDecidedTheSame");
    }

    /** Scores by amount (review from 1,000, reject from 5,000); its service's outage holds the order for review. */
    static class ScoresByAmount extends FraudScreeningContract {

        RiskAssessment score(ScreeningRequest request) {
            var amount = request.amount().toDecimal().intValue();
            if (amount >= 5_000) {
                return new RiskAssessment(90, RiskDecision.REJECT, List.of("amount " + amount + " above 5,000"));
            }
            return amount >= 1_000 ? new RiskAssessment(50, RiskDecision.REVIEW, List.of("amount " + amount + " above 1,000"))
                    : new RiskAssessment(0, RiskDecision.ACCEPT, List.of());
        }

        RiskAssessment unanswered(ProviderMisbehaviour misbehaviour) {
            return new RiskAssessment(0, RiskDecision.REVIEW, List.of("the scoring service did not answer (" + misbehaviour + ")"));
        }

        @Override
        protected FraudScreening screening() {
            return this::score;
        }

        @Override
        protected Map<String, Sample> samples() {
            return Map.of("a small order", new Sample(request(5_000), RiskDecision.ACCEPT),
                    "a large order", new Sample(request(200_000), RiskDecision.REVIEW),
                    "a very large order", new Sample(request(900_000), RiskDecision.REJECT));
        }

        @Override
        protected Optional<FraudScreening> misbehaving(ProviderMisbehaviour misbehaviour) {
            return misbehaviour == ProviderMisbehaviour.FAILS_ONCE_THEN_ANSWERS ? Optional.empty()
                    : Optional.of(request -> unanswered(misbehaviour));
        }

        private static ScreeningRequest request(long amountMinor) {
            return new ScreeningRequest(OrderId.newId(), new CustomerId("c-1"), Money.of(amountMinor, "EUR"), "GB", "GB",
                    new PaymentToken("tok_any"), null);
        }
    }

    /** Fails open: while the service is down, every order is accepted. */
    static class AcceptsWhenUnanswered extends ScoresByAmount {
        @Override
        RiskAssessment unanswered(ProviderMisbehaviour misbehaviour) {
            return new RiskAssessment(0, RiskDecision.ACCEPT, List.of());
        }
    }

    /** Lets the service's failure out: every placement fails with a 500 while it is down. */
    static class ThrowsWhenUnanswered extends ScoresByAmount {
        @Override
        RiskAssessment unanswered(ProviderMisbehaviour misbehaviour) {
            throw new IllegalStateException("scoring service: " + misbehaviour);
        }
    }

    /** Holds and refuses orders without a reason: the reviewer cannot tell what to check. */
    static class NoReasons extends ScoresByAmount {
        @Override
        RiskAssessment score(ScreeningRequest request) {
            var scored = super.score(request);
            return new RiskAssessment(scored.score(), scored.decision(), List.of());
        }
    }

    /** Adds noise to its score, so an order near a threshold is held once and let through the next time. */
    static class DecidesDifferentlyWhenAskedAgain extends ScoresByAmount {
        private final AtomicInteger held = new AtomicInteger();

        @Override
        RiskAssessment score(ScreeningRequest request) {
            var scored = super.score(request);
            if (scored.decision() == RiskDecision.REVIEW && held.getAndIncrement() % 2 == 1) {
                return new RiskAssessment(scored.score() - 1, RiskDecision.ACCEPT, List.of());
            }
            return scored;
        }
    }
}
