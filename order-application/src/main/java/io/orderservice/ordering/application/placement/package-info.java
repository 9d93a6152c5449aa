/**
 * Placing an order: the request that stores it with its saga, the run that does the saga's steps outside any
 * transaction, the clock, and the decisions from outside a run (fraud review, approval, an operator's retry or
 * abandonment, the customer's second payment, the payment's news). Every outcome is load → decide → save through
 * {@link io.orderservice.ordering.application.placement.PlacementStore}, the process manager deciding (ADR 0029).
 */
package io.orderservice.ordering.application.placement;
