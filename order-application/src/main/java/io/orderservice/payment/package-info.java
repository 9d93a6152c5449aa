/**
 * Payment: payment methods (tokens only), authorisations, captures and refunds through gateways.
 */
@ApplicationModule(displayName = "Payment", allowedDependencies = {"shared", "ordering :: ports", "ordering :: events", "ordering :: payment-outcomes"})
package io.orderservice.payment;

import org.springframework.modulith.ApplicationModule;
