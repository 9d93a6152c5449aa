package io.orderservice.pricing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.pricing.domain.PromotionUseCount.Decision;
import org.junit.jupiter.api.Test;

/** The usage-limit rule decides from what the store counted, and says whether a use is recorded or given back. */
class PromotionUseCountTest {

    @Test
    void aUseLeftInAllAndUnderTheCustomersLimitIsClaimedAndRecorded() {
        var count = new PromotionUseCount(false, true, true, true, 2, 1);

        assertThat(count.decide()).isEqualTo(Decision.CLAIMED);
        assertThat(count.recordsAUse()).isTrue();
    }

    @Test
    void aCustomerAtTheirLimitIsRefusedAndTheUseTakenIsGivenBack() {
        var count = new PromotionUseCount(false, true, true, true, 2, 2);

        assertThat(count.decide()).isEqualTo(Decision.CUSTOMER_LIMIT_REACHED);
        assertThat(count.recordsAUse()).isFalse();
        assertThat(count.tookAUse()).isTrue();
    }

    @Test
    void noUseLeftInAllOrNoSuchPromotionIsExhaustedAndNothingWasTaken() {
        var usedUp = new PromotionUseCount(false, true, true, false, null, 0);
        var unknown = new PromotionUseCount(false, false, false, false, null, 0);

        assertThat(usedUp.decide()).isEqualTo(Decision.EXHAUSTED);
        assertThat(usedUp.tookAUse()).isFalse();
        assertThat(unknown.decide()).isEqualTo(Decision.EXHAUSTED);
    }

    @Test
    void aPromotionWithoutLimitsIsClaimedWithoutCountingAndAUseHeldAlreadyIsNotRecordedAgain() {
        var unlimited = new PromotionUseCount(false, true, false, true, null, 0);
        var held = PromotionUseCount.alreadyHeld();

        assertThat(unlimited.decide()).isEqualTo(Decision.CLAIMED);
        assertThat(unlimited.tookAUse()).as("nothing counted on the promotion").isFalse();
        assertThat(held.decide()).isEqualTo(Decision.CLAIMED);
        assertThat(held.recordsAUse()).isFalse();
        assertThat(held.tookAUse()).isFalse();
    }
}
