package io.orderservice.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a caller of the service may be (docs/security.md has the table of what each may do). Tokens name roles
 * in lower case with hyphens: {@code customer}, {@code support-lead}.
 */
public enum Role {
    /** A shopper with an account: their own orders only. */
    CUSTOMER,
    /** A trusted shop front-end acting for the customer its token names, or for a guest. */
    STOREFRONT,
    /** Customer service: reads any order, cancels, refunds up to a configured amount. */
    SUPPORT,
    /** Customer service lead: what support may, and refunds above support's limit. */
    SUPPORT_LEAD,
    /** Decides approvals and fraud reviews. */
    APPROVER,
    /** Ships, reports short picks, counts and receives stock — for its own locations when the token names them. */
    WAREHOUSE,
    /** Configures the shop: tax rules, promotions, pricing profiles, stock policies, stuck placements. */
    ADMIN,
    /**
     * A shopper without an account, holding one guest order's access token: reads, cancels and tracks that order.
     * Never granted by a bearer token — only by the order's own access token.
     */
    GUEST;

    /** How a token names this role. */
    public String tokenName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The role a token's name stands for; empty for names this service does not know, and for guest (they grant nothing). */
    public static Optional<Role> ofTokenName(String name) {
        return Arrays.stream(values()).filter(role -> role != GUEST && role.tokenName().equalsIgnoreCase(name)).findFirst();
    }
}
