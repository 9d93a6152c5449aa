/**
 * Inventory: stock per warehouse and reservations. Reserves stock for ordering and allocates it once an order is placed.
 */
@ApplicationModule(displayName = "Inventory", allowedDependencies = {"shared", "ordering :: ports", "ordering :: events", "ordering :: fulfilment-news", "fulfilment :: ports"})
package io.orderservice.inventory;

import org.springframework.modulith.ApplicationModule;
