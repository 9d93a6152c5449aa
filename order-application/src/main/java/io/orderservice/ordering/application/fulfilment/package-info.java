/**
 * Getting a paid order to its customer: shipments, short picks, backorders followed as restocks arrive, deliveries as
 * the fulfilment capability reports them, and completion. Issue 18 moves this family into fulfilment step by step
 * (ADR 0030); tracking has moved.
 */
package io.orderservice.ordering.application.fulfilment;
