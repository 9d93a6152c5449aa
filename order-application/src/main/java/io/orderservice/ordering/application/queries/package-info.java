/** Reading orders: one order, lists, the audit trail, notes, and who may reach an order (a customer, a guest). */
package io.orderservice.ordering.application.queries;
