/** What ordering does for returns (ADR 0034): an order read for a return, and the order following its returns. */
package io.orderservice.ordering.application.returns;
