package io.orderservice.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    private static final CustomerId ADA = new CustomerId("customer-ada");
    private static final CustomerId BOB = new CustomerId("customer-bob");

    @Test
    void aCustomerReachesOnlyTheirOwnOrders() {
        var ada = new Caller("customer-ada", Set.of(Role.CUSTOMER), ADA, Set.of());

        assertThat(ada.reaches(ADA)).isTrue();
        assertThat(ada.reaches(BOB)).isFalse();
        assertThat(ada.reachesEveryCustomer()).isFalse();
    }

    @Test
    void aStorefrontReachesTheCustomerItActsForAndAGuestStorefrontNobodysOrders() {
        var forAda = new Caller("storefront", Set.of(Role.STOREFRONT), ADA, Set.of());
        var forAGuest = new Caller("storefront", Set.of(Role.STOREFRONT), null, Set.of());

        assertThat(forAda.reaches(ADA)).isTrue();
        assertThat(forAda.reaches(BOB)).isFalse();
        assertThat(forAGuest.reaches(ADA)).isFalse();
        assertThat(forAGuest.reachesEveryCustomer()).isFalse();
    }

    @Test
    void staffReachEveryCustomersOrdersWhateverElseTheyAre() {
        for (var staff : Set.of(Role.SUPPORT, Role.SUPPORT_LEAD, Role.APPROVER, Role.WAREHOUSE, Role.ADMIN)) {
            var caller = new Caller("operator-1", Set.of(staff, Role.CUSTOMER), ADA, Set.of());
            assertThat(caller.reaches(BOB)).as(staff.name()).isTrue();
            assertThat(caller.reachesEveryCustomer()).isTrue();
        }
    }

    @Test
    void aCallerWithoutRolesReachesNothingAndOneWithoutSubjectDoesNotExist() {
        var nobody = new Caller("someone", Set.of(), null, Set.of());

        assertThat(nobody.reaches(ADA)).isFalse();
        assertThat(nobody.reachesEveryCustomer()).isFalse();
        assertThatThrownBy(() -> new Caller(" ", Set.of(Role.ADMIN), null, Set.of())).isInstanceOf(InvalidValueException.class);
    }
}
