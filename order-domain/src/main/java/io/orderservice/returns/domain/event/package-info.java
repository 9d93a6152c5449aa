/**
 * What happens to a return request, as plain records (ADR 0034): published through the outbox and, as
 * {@code return.*.v1}, to Kafka (docs/asyncapi.yaml).
 */
package io.orderservice.returns.domain.event;
