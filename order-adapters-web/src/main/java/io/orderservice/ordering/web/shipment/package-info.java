/**
 * How the API shows a shipment, wherever it appears: in an order, its status and fulfilment groups, and fulfilment's
 * tracking view. One schema, one class.
 */
@NamedInterface("shipment-responses")
package io.orderservice.ordering.web.shipment;

import org.springframework.modulith.NamedInterface;
