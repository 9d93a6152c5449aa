/**
 * How ordering and the returns capability talk (ADR 0034), in ordering's words: returns reads what an order delivered
 * and what the customer paid for it, and tells ordering that a return was asked for or decided, so that the order's
 * status and history follow. The dependency points from returns to ordering, as fulfilment's does.
 */
@NamedInterface("returns-news")
package io.orderservice.ordering.application.port.in.returns;

import org.springframework.modulith.NamedInterface;
