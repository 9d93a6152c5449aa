/**
 * Pricing: catalog prices, taxes, discounts and promo codes. Prices baskets for ordering.
 */
@ApplicationModule(displayName = "Pricing", allowedDependencies = {"shared", "ordering :: ports", "ordering :: prices", "ordering :: events"})
package io.orderservice.pricing;

import org.springframework.modulith.ApplicationModule;
