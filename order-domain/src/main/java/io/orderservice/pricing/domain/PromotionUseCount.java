package io.orderservice.pricing.domain;

/**
 * What a promotion's store counted when an order asked for one more use of it, under the promotion's lock when it is
 * limited, and the rule that decides from it. The store's guarded increment is the atomic guard of the total: it tells
 * whether a use was left ({@code withinTotal}); this rule adds the customer's own limit and says what the order gets.
 *
 * @param heldByOrder    the order holds a use already (a retried step): it keeps that one, nothing more is counted
 * @param known          the promotion exists
 * @param counted        its uses are counted on the promotion (it has a limit of either kind), so the store took one
 *                       more use when it was within the total, and gives it back when this rule refuses
 * @param withinTotal    a use was left in all (always, for a promotion without a total)
 * @param maxPerCustomer the customer's limit, or null when there is none
 * @param customerUses   the uses the customer holds already (counted only when {@code maxPerCustomer} is set)
 */
public record PromotionUseCount(boolean heldByOrder, boolean known, boolean counted, boolean withinTotal,
                                Integer maxPerCustomer, int customerUses) {

    public enum Decision {
        /** The order has its use. */
        CLAIMED,
        /** No use left in all, or no such promotion. */
        EXHAUSTED,
        /** The customer has used it as often as one customer may. */
        CUSTOMER_LIMIT_REACHED
    }

    /** A use the order holds already. */
    public static PromotionUseCount alreadyHeld() {
        return new PromotionUseCount(true, true, false, true, null, 0);
    }

    public Decision decide() {
        if (heldByOrder) {
            return Decision.CLAIMED;
        }
        if (!known || !withinTotal) {
            return Decision.EXHAUSTED;
        }
        if (maxPerCustomer != null && customerUses >= maxPerCustomer) {
            return Decision.CUSTOMER_LIMIT_REACHED;
        }
        return Decision.CLAIMED;
    }

    /** Whether the store took a use this time that it must give back when the decision refuses the order. */
    public boolean tookAUse() {
        return !heldByOrder && counted && withinTotal;
    }

    /** Whether the order gets a usage record now: it was decided CLAIMED and held none before. */
    public boolean recordsAUse() {
        return !heldByOrder && decide() == Decision.CLAIMED;
    }
}
