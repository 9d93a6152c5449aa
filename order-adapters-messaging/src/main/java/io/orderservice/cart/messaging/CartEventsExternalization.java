package io.orderservice.cart.messaging;

import io.orderservice.cart.domain.event.CartAbandoned;
import io.orderservice.shared.Money;
import io.orderservice.shared.messaging.CloudEventHeaders;
import io.orderservice.shared.messaging.ExternalizedEvents;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.modulith.events.RoutingTarget;

/**
 * Publishes cart events to Kafka through the outbox ({@code order-service.messaging.cart-events-topic}), keyed by cart
 * id, with CloudEvents headers; the cart capability's part of the service's externalization.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("spring.modulith.events.externalization.enabled")
class CartEventsExternalization {

    @Bean
    ExternalizedEvents cartEvents(@Value("${order-service.messaging.cart-events-topic:cart-events}") String topic) {
        return new ExternalizedEvents(event -> event instanceof CartAbandoned, router -> router
                .route(CartAbandoned.class, event -> RoutingTarget.forTarget(topic).andKey(event.cartId().toString()))
                .mapping(CartAbandoned.class, CartAbandonedV1::of)
                .headers(CartAbandonedV1.class, event -> CloudEventHeaders.of(CartAbandonedV1.TYPE, event, event.cartId(),
                        event.occurredAt())));
    }

    @Bean
    NewTopic cartEventsTopic(@Value("${order-service.messaging.cart-events-topic:cart-events}") String topic) {
        return TopicBuilder.name(topic).partitions(3).build();
    }

    /**
     * CloudEvents type {@code cart.abandoned.v1}: an open cart with something to buy was left alone for the shop's idle
     * time (docs/asyncapi.yaml).
     */
    record CartAbandonedV1(String cartId, String customerId, MoneyV1 total, List<LineV1> lines, Instant lastChangedAt,
                           Instant occurredAt) {

        static final String TYPE = "cart.abandoned.v1";

        static CartAbandonedV1 of(CartAbandoned event) {
            return new CartAbandonedV1(event.cartId().toString(), event.customer() == null ? null : event.customer().value(),
                    MoneyV1.of(event.total()), event.lines().stream().map(line -> new LineV1(line.sku().value(), line.quantity()))
                    .toList(), event.lastChanged(), event.occurredAt());
        }
    }

    record LineV1(String sku, int quantity) {
    }

    record MoneyV1(String amount, String currency) {
        static MoneyV1 of(Money money) {
            return new MoneyV1(money.toDecimal().toPlainString(), money.currency().getCurrencyCode());
        }
    }
}
