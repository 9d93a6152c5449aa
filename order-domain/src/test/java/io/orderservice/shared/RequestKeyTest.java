package io.orderservice.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A request key is the caller's own, for one operation: the same key from two callers, or to two paths, is two keys. */
class RequestKeyTest {

    private static final Caller STOREFRONT_FOR_ADA = new Caller("storefront", Set.of(Role.STOREFRONT), new CustomerId("ada"),
            Set.of());
    private static final Caller STOREFRONT_FOR_BOB = new Caller("storefront", Set.of(Role.STOREFRONT), new CustomerId("bob"),
            Set.of());

    @Test
    void theSameKeyIsAnotherKeyForAnotherCustomerOrAnotherOperation() {
        var ada = RequestKey.sentBy(STOREFRONT_FOR_ADA, "k-1", "/api/v1/orders");

        assertThat(ada).isEqualTo(RequestKey.sentBy(STOREFRONT_FOR_ADA, "k-1", "/api/v1/orders"));
        assertThat(ada.scope()).isEqualTo(STOREFRONT_FOR_ADA.keyScope());
        assertThat(RequestKey.sentBy(STOREFRONT_FOR_BOB, "k-1", "/api/v1/orders")).isNotEqualTo(ada);
        assertThat(RequestKey.sentBy(STOREFRONT_FOR_ADA, "k-1", "/api/v1/orders/x/notes")).isNotEqualTo(ada);
        assertThat(RequestKey.sentBy(STOREFRONT_FOR_BOB, "k-1", "/api/v1/orders").derivedId()).isNotEqualTo(ada.derivedId());
    }
}
