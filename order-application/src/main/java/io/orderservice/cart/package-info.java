/**
 * Cart: shoppers' carts kept by the service (issue 21, docs/carts.md), anonymous or a customer's, priced after every
 * change by pricing's quotes with availability from inventory (nothing held), merged at login, and checked out into an
 * order through ordering's placement. It depends on those three and none of them on it.
 */
@ApplicationModule(displayName = "Cart", allowedDependencies = {"shared", "ordering :: prices", "ordering :: placement",
        "ordering :: order-views", "ordering :: status", "pricing :: quotes", "inventory :: availability", "ordering :: order-responses"})
package io.orderservice.cart;

import org.springframework.modulith.ApplicationModule;
