package io.orderservice.shared.messaging;

import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.springframework.modulith.events.EventExternalizationConfiguration.Router;

/**
 * One capability's events that leave for Kafka through the outbox: which events it sends, and how each is routed (topic
 * and key), mapped to its versioned record and labelled with CloudEvents headers. Each capability's messaging adapter
 * declares one as a bean; {@link EventsExternalization} puts them together, as Spring Modulith takes a single
 * externalization configuration.
 *
 * @param selects which published events are this capability's to send
 * @param routing the routes, mappings and headers of those events
 */
public record ExternalizedEvents(Predicate<Object> selects, UnaryOperator<Router> routing) {

    public ExternalizedEvents {
        Objects.requireNonNull(selects, "selects");
        Objects.requireNonNull(routing, "routing");
    }
}
