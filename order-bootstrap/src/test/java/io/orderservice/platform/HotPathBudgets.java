package io.orderservice.platform;

/**
 * The hot path's budgets, in one place ({@link HotPathBudgetsIT} enforces them). Each counts every SQL statement (a
 * batch's rows each count) the service sends on every thread, from the request until the outbox has drained, for the
 * benchmark's order: three lines, an automatic promotion and a promo code, paid through the sandbox gateway, no Kafka.
 * Raise one only in the commit that needs it, with the measurement and the reason in docs/performance.md.
 */
final class HotPathBudgets {

    /**
     * POST /api/v1/orders answered 201 PAID, with everything its events set off, the mean of ten. Measured 52 when the
     * budgets came (issue 19); 33 once the request ran the placement in two transactions (ADR 0031) and claimed an order's
     * promotions together; 28 with the rules kept in memory (ADR 0032) and an order's refunds not read to change it; 21
     * with a new order, its lines and history inserted in one statement that also names who placed it (was six), and
     * the fulfilment plan read by the statement that confirms the stock (was three); 20, the target, with the
     * second transaction changing the order as the first stored it (its refunds, which a new order has none of, not
     * read); 16 with that change written in one statement, as any change of an order's own fields and history is (was
     * five: the order and its history read, who changes it told, the row updated, the history added). Left to take: the
     * payment read with its transactions to be changed (two statements).
     */
    static final int STATEMENTS_PER_PLACEMENT = 16;
    /**
     * Commits of the same: the request's transaction (the order, its saga screened and its stock reserved, the payment's
     * intent) and the gateway's answer with the confirmation (ADR 0031). Measured 10 when the budgets came.
     */
    static final int COMMITS_PER_PLACEMENT = 2;
    /** GET /api/v1/orders/{id} of a new order. */
    static final int STATEMENTS_PER_READ_OF_A_NEW_ORDER = 3;
    /**
     * GET /api/v1/orders/{id}/status of a new order: the order as GET by id reads it (its refunds too, which the status
     * does not show), and where its placement stands. Measured 4.
     */
    static final int STATEMENTS_PER_STATUS_READ = 4;
    /** GET /api/v1/orders?customerId=…&limit=20: a page of one customer's orders (eleven here), one statement. */
    static final int STATEMENTS_PER_LIST_PAGE = 1;
    /** GET /api/v1/orders/{id} of an order shipped and partly refunded. */
    static final int STATEMENTS_PER_READ_OF_A_SHIPPED_AND_REFUNDED_ORDER = 5;

    /**
     * POST /api/v1/carts/{id}/lines of an open cart with a line (issue 21): the cart read, its SKUs' stock and stock
     * policies read (availability), the cart written; the quote's prices and rules come from the rule caches.
     */
    static final int STATEMENTS_PER_CART_CHANGE = 4;
    /** GET /api/v1/carts/{id}: the cart's row, as it was last priced. */
    static final int STATEMENTS_PER_CART_READ = 1;

    private HotPathBudgets() {
    }
}
