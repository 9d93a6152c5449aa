/**
 * The order's status state machine: the statuses, the actions between them and the table of allowed moves. Part of
 * ordering's published language — {@code OrderPlaced} and {@code OrderStatusChanged} carry statuses and actions, and
 * neighbours that show an order (fulfilment's tracking view) name its status. (This package-info lives in
 * order-application so that order-domain stays free of Spring Modulith.)
 */
@NamedInterface("status")
package io.orderservice.ordering.domain.status;

import org.springframework.modulith.NamedInterface;
