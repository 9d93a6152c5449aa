/**
 * What fulfilment needs from the outside, in fulfilment's words: carriers' webhooks read into tracking updates (the
 * shipping capability implements it), and the store of the timelines.
 */
@NamedInterface("ports")
package io.orderservice.fulfilment.application.port.out;

import org.springframework.modulith.NamedInterface;
