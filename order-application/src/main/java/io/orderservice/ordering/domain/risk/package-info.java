/**
 * What a fraud screening answers — a score, a decision and its reasons: the vocabulary in which the risk capability
 * answers ordering's {@code FraudScreening} port. (This package-info lives in order-application so that order-domain
 * stays free of Spring Modulith.)
 */
@NamedInterface("risk")
package io.orderservice.ordering.domain.risk;

import org.springframework.modulith.NamedInterface;
