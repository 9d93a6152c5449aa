/**
 * What carriers report about shipments on their way: the vocabulary in which the shipping capability answers
 * fulfilment's {@code CarrierWebhooks} port. (This package-info lives in order-application so that order-domain stays
 * free of Spring Modulith.)
 */
@NamedInterface("tracking")
package io.orderservice.fulfilment.domain.tracking;

import org.springframework.modulith.NamedInterface;
