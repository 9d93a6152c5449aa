package io.orderservice.ordering.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.shared.AccessRefusedException;
import io.orderservice.shared.Caller;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.Role;
import java.util.Currency;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RefundLimitsTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final RefundLimits LIMITS = new RefundLimits(Map.of(EUR, new Money(25_000, EUR)));
    private static final Caller SUPPORT = new Caller("ada", Set.of(Role.SUPPORT), null, Set.of());
    private static final Caller LEAD = new Caller("grace", Set.of(Role.SUPPORT_LEAD), null, Set.of());

    @Test
    void supportRefundsUpToItsLimitInclusive() {
        assertThatCode(() -> LIMITS.check(SUPPORT, new Money(25_000, EUR))).doesNotThrowAnyException();
        assertThatThrownBy(() -> LIMITS.check(SUPPORT, new Money(25_001, EUR)))
                .isInstanceOf(AccessRefusedException.class).hasMessageContaining("support lead");
    }

    @Test
    void aCurrencyWithoutALimitNeedsALeadForAnyAmount() {
        assertThatThrownBy(() -> LIMITS.check(SUPPORT, Money.of(1, "USD"))).isInstanceOf(AccessRefusedException.class);
        assertThatCode(() -> LIMITS.check(LEAD, Money.of(1_000_000, "USD"))).doesNotThrowAnyException();
    }

    @Test
    void aLimitIsInItsOwnCurrencyAndNotNegative() {
        assertThatThrownBy(() -> new RefundLimits(Map.of(EUR, Money.of(250, "USD")))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new RefundLimits(Map.of(EUR, Money.of(-1, "EUR")))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theActorOfARequestIsTheStaffMemberOrTheCustomer() {
        var customer = new Caller("customer-42", Set.of(Role.CUSTOMER), new CustomerId("customer-42"), Set.of());
        var storefront = new Caller("storefront", Set.of(Role.STOREFRONT), new CustomerId("customer-7"), Set.of());

        assertThat(Actor.of(SUPPORT)).isEqualTo(Actor.operator("ada"));
        assertThat(Actor.of(customer)).isEqualTo(Actor.customer("customer-42"));
        assertThat(Actor.of(storefront)).as("a storefront acts for its customer").isEqualTo(Actor.customer("customer-7"));
    }
}
