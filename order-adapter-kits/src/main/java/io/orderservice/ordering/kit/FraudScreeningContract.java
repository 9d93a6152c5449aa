package io.orderservice.ordering.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.orderservice.ordering.application.port.out.FraudScreening.ScreeningRequest;
import io.orderservice.ordering.application.port.out.FraudScreening;
import io.orderservice.ordering.domain.risk.RiskAssessment;
import io.orderservice.ordering.domain.risk.RiskDecision;
import io.orderservice.shared.kit.ProviderMisbehaviour;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What every {@link FraudScreening} must do, as tests (docs/adapters/fraud-screening.md). The adapter's test gives
 * orders its rules or its service decide each way, named, with the decision expected; the kit checks each is decided so,
 * that an order held or refused says why (for the reviewer and the operators, never the customer), that screening the
 * same order again decides the same, and — through {@link #misbehaving} — that a scoring service that cannot answer
 * now, or answers a decision newer than the adapter, holds the order for review: accepting it would let fraud through
 * while the service is down, rejecting it would turn every customer away.
 */
public abstract class FraudScreeningContract {

    /** An order to screen and the decision expected for it. */
    public record Sample(ScreeningRequest request, RiskDecision expected) {
    }

    /** The adapter under test, ready to answer. */
    protected abstract FraudScreening screening();

    /** Orders decided each way, named by why (e.g. "a first order above the first-order limit, billed abroad"). */
    protected abstract Map<String, Sample> samples();

    /**
     * An adapter whose scoring service misbehaves so from the next call on; empty when it cannot (an adapter without a
     * service): the scenario is skipped.
     */
    protected Optional<FraudScreening> misbehaving(ProviderMisbehaviour misbehaviour) {
        return Optional.empty();
    }

    @TestFactory
    Stream<DynamicTest> decidesEachSampleAsExpectedAndSaysWhyWhenItHoldsOrRefuses() {
        assertThat(samples()).as("samples").isNotEmpty();
        return samples().entrySet().stream().map(sample -> DynamicTest.dynamicTest(sample.getKey(), () -> {
            var assessment = screening().screen(sample.getValue().request());
            assertThat(assessment.decision()).as(sample.getKey()).isEqualTo(sample.getValue().expected());
            assertWellFormed(assessment);
        }));
    }

    @TestFactory
    Stream<DynamicTest> theSameOrderScreenedAgainIsDecidedTheSame() {
        return samples().entrySet().stream().map(sample -> DynamicTest.dynamicTest(sample.getKey(), () -> {
            var request = sample.getValue().request();
            assertThat(screening().screen(request).decision()).isEqualTo(screening().screen(request).decision());
        }));
    }

    @Test
    void serverErrorsEveryTimeHoldTheOrderForReview() {
        holdsForReview(ProviderMisbehaviour.FAILS_EVERY_TIME);
    }

    @Test
    void anAnswerTooLateHoldsTheOrderForReview() {
        holdsForReview(ProviderMisbehaviour.ANSWERS_TOO_LATE);
    }

    @Test
    void aMalformedAnswerHoldsTheOrderForReview() {
        holdsForReview(ProviderMisbehaviour.ANSWERS_MALFORMED);
    }

    @Test
    void aDecisionNewerThanTheAdapterHoldsTheOrderForReview() {
        holdsForReview(ProviderMisbehaviour.ANSWERS_UNKNOWN_STATUS);
    }

    @Test
    void aRateLimitedCallHoldsTheOrderForReview() {
        holdsForReview(ProviderMisbehaviour.RATE_LIMITS_EVERY_TIME);
    }

    @Test
    void anUnreachableServiceHoldsTheOrderForReview() {
        holdsForReview(ProviderMisbehaviour.UNREACHABLE);
    }

    private void holdsForReview(ProviderMisbehaviour misbehaviour) {
        var adapter = misbehaviour.enactedBy(misbehaving(misbehaviour));
        var request = samples().values().iterator().next().request();
        var assessments = new RiskAssessment[1];
        assertThatCode(() -> assessments[0] = adapter.screen(request)).as("%s: no exception", misbehaviour)
                .doesNotThrowAnyException();
        assertThat(assessments[0].decision()).as("%s: held for a reviewer, neither let through nor turned away", misbehaviour)
                .isEqualTo(RiskDecision.REVIEW);
        assertWellFormed(assessments[0]);
    }

    private static void assertWellFormed(RiskAssessment assessment) {
        assertThat(assessment.decision()).isNotNull();
        assertThat(assessment.score()).as("a score of zero or more").isNotNegative();
        if (assessment.decision() != RiskDecision.ACCEPT) {
            assertThat(assessment.reasons()).as("a held or refused order says why, for the reviewer").isNotEmpty()
                    .allSatisfy(reason -> assertThat(reason).isNotBlank());
        }
    }
}
