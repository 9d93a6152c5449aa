/**
 * How ordering and the capabilities that get its orders to the customer talk after placement, in ordering's words:
 * inventory tells it that a restock filled what an order waited for, or moved; fulfilment reads an order to ship, has
 * its money taken before anything leaves, and tells it which units left in a shipment and that a shipment was
 * delivered. The dependency points from them to ordering,
 * as with ordering's outbound ports.
 */
@NamedInterface("fulfilment-news")
package io.orderservice.ordering.application.port.in.fulfilment;

import org.springframework.modulith.NamedInterface;
