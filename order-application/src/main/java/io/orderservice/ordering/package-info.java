/**
 * Ordering: orders, their lines and totals, the status state machine and its history.
 * Exposes its domain events and the outbound ports its neighbours implement; depends on nobody
 * but the shared kernel.
 */
@ApplicationModule(displayName = "Ordering", allowedDependencies = "shared")
package io.orderservice.ordering;

import org.springframework.modulith.ApplicationModule;
