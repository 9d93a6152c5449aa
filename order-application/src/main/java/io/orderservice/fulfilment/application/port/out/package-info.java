/**
 * What fulfilment needs from the outside, in fulfilment's words: the carriers goods leave with and their webhooks read
 * into tracking updates (the shipping capability implements both), and the stores of shipments and timelines.
 */
@NamedInterface("ports")
package io.orderservice.fulfilment.application.port.out;

import org.springframework.modulith.NamedInterface;
