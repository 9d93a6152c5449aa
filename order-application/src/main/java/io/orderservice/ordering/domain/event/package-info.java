/** The events of an order: what other capabilities and the outside world may listen to. */
@NamedInterface("events")
package io.orderservice.ordering.domain.event;

import org.springframework.modulith.NamedInterface;
