/**
 * What an order is charged on top of and off its lines, and how it was arrived at: the vocabulary in which the
 * pricing capability answers ordering's {@code OrderPricing} port. (This package-info lives in order-application
 * so that order-domain stays free of Spring Modulith.)
 */
@NamedInterface("prices")
package io.orderservice.ordering.domain.price;

import org.springframework.modulith.NamedInterface;
