/**
 * Fulfilment: getting a placed order's goods to the customer. It owns each order's shipments (implementing ordering's
 * {@code Shipments} port): what may leave from where, the handover to a carrier, the carriers' tracking timelines,
 * their webhooks and live streams; short picks and completion follow from ordering (ADR 0030). It depends on ordering and
 * never the other way: it reads where an order stands and tells ordering what happened through ordering's
 * {@code fulfilment-news} port.
 */
@ApplicationModule(displayName = "Fulfilment", allowedDependencies = {"shared", "ordering :: ports", "ordering :: fulfilment-news", "ordering :: status", "ordering :: shipment-responses", "ordering :: order-views", "ordering :: order-responses"})
package io.orderservice.fulfilment;

import org.springframework.modulith.ApplicationModule;
