/**
 * Changes to a placed order: its lines and its address or shipping method, notes, the customer's rating,
 * cancellation (through its placement while one runs) and refunds.
 */
package io.orderservice.ordering.application.changes;
