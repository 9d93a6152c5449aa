/**
 * Shipping: shipping rates, carriers, shipments and tracking.
 */
@ApplicationModule(displayName = "Shipping", allowedDependencies = {"shared", "ordering :: ports", "ordering :: prices", "ordering :: tracking"})
package io.orderservice.shipping;

import org.springframework.modulith.ApplicationModule;
