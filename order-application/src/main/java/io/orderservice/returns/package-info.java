/**
 * Returns: customers' requests to send delivered units back, decided by the shop's approval rules or an operator
 * (ADR 0034). It depends on ordering and never the other way: it reads what an order delivered and what was paid for it,
 * and tells ordering what happened through ordering's {@code returns-news} port; restockable units are booked in through
 * inventory's receipts; a discount a return takes from the goods kept is recounted by pricing; a return's parcel is
 * reported through fulfilment's carrier webhooks ({@code InboundParcels}).
 */
@ApplicationModule(displayName = "Returns", allowedDependencies = {"shared", "ordering :: returns-news", "ordering :: order-responses",
        "inventory :: stock-receipts", "ordering :: events", "pricing :: discount-recount", "fulfilment :: ports",
        "fulfilment :: tracking"})
package io.orderservice.returns;

import org.springframework.modulith.ApplicationModule;
