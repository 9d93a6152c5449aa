/**
 * What the inventory capability may tell ordering about an order's fulfilment after placement: a restock filled what
 * it waited for, a restock it waits for moved. The dependency points from inventory to ordering, as with ordering's
 * outbound ports.
 */
@NamedInterface("fulfilment-news")
package io.orderservice.ordering.application.port.in.fulfilment;

import org.springframework.modulith.NamedInterface;
