package io.orderservice.shared.messaging;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;

/**
 * The service's one externalization configuration, made of every capability's {@link ExternalizedEvents}: an event is
 * sent when a capability selects it, routed, mapped and labelled as that capability says. Records are serialized
 * before they are handed to Kafka. Switched on by {@code spring.modulith.events.externalization.enabled=true}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("spring.modulith.events.externalization.enabled")
class EventsExternalization {

    @Bean
    EventExternalizationConfiguration eventExternalizationConfiguration(List<ExternalizedEvents> capabilities) {
        var router = EventExternalizationConfiguration.externalizing()
                .select(event -> capabilities.stream().anyMatch(capability -> capability.selects().test(event)));
        for (var capability : capabilities) {
            router = capability.routing().apply(router);
        }
        return router.serializeExternalization(true).build();
    }
}
