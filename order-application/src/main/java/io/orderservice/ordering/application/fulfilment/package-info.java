/**
 * Getting a paid order to its customer: shipments, short picks, tracking and its stream, backorders followed as
 * restocks arrive, delivery and completion. Issue 18 moves this family into a capability of its own.
 */
package io.orderservice.ordering.application.fulfilment;
