/**
 * Shipping: shipping rates, carriers, shipments and tracking.
 */
@ApplicationModule(displayName = "Shipping", allowedDependencies = {"shared", "ordering :: ports", "ordering :: prices", "fulfilment :: tracking", "fulfilment :: ports"})
package io.orderservice.shipping;

import org.springframework.modulith.ApplicationModule;
