package io.orderservice.ordering.messaging;

import io.orderservice.ordering.domain.event.BackorderNotification;
import io.orderservice.ordering.domain.event.DropShipRequested;
import io.orderservice.ordering.domain.event.OrderCancelled;
import io.orderservice.ordering.domain.event.OrderCompleted;
import io.orderservice.ordering.domain.event.OrderEvent;
import io.orderservice.ordering.domain.event.OrderModified;
import io.orderservice.ordering.domain.event.OrderPlaced;
import io.orderservice.ordering.domain.event.OrderRefundRequested;
import io.orderservice.ordering.domain.event.OrderShipped;
import io.orderservice.ordering.domain.event.OrderStatusChanged;
import io.orderservice.ordering.messaging.OrderIntegrationEvents.BackorderCreatedV1;
import io.orderservice.ordering.messaging.OrderIntegrationEvents.BackorderDelayedV1;
import io.orderservice.ordering.messaging.OrderIntegrationEvents.BackorderFilledV1;
import io.orderservice.ordering.messaging.OrderIntegrationEvents.DropShipRequestedV1;
import io.orderservice.ordering.messaging.OrderIntegrationEvents.OrderCancelledV1;
import io.orderservice.ordering.messaging.OrderIntegrationEvents.OrderCompletedV1;
import io.orderservice.ordering.messaging.OrderIntegrationEvents.OrderModifiedV1;
import io.orderservice.ordering.messaging.OrderIntegrationEvents.OrderPlacedV1;
import io.orderservice.ordering.messaging.OrderIntegrationEvents.OrderShippedV1;
import io.orderservice.ordering.messaging.OrderIntegrationEvents.OrderStatusChangedV1;
import io.orderservice.shared.messaging.CloudEventHeaders;
import io.orderservice.shared.messaging.ExternalizedEvents;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.modulith.events.RoutingTarget;

/**
 * Publishes order events to Kafka through the outbox: Spring Modulith stores each event with the
 * transaction that caused it and hands it to Kafka after commit, retrying until the broker acknowledges.
 * All events of an order go to one topic keyed by order id, so they share a partition and are sent one at a
 * time; because delivery is at least once (a failed send is retried later), consumers order and deduplicate
 * by the payload's per-order {@code sequence} and the {@code ce_id} header (docs/adr/0006). Each record
 * carries CloudEvents headers (binary content mode); the payload is the versioned integration record.
 * Switched on by {@code spring.modulith.events.externalization.enabled=true}; ordering's part of the service's
 * externalization ({@link ExternalizedEvents}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("spring.modulith.events.externalization.enabled")
class OrderEventsExternalization {

    @Bean
    ExternalizedEvents orderEvents(
            @Value("${order-service.messaging.order-events-topic}") String topic,
            @Value("${order-service.messaging.drop-ship-topic:drop-ship-requests}") String dropShipTopic,
            @Value("${order-service.messaging.customer-notifications-topic:customer-notifications}") String notificationTopic) {
        // A refund request is an instruction to the payment capability, not news for other systems.
        return new ExternalizedEvents(event -> (event instanceof OrderEvent && !(event instanceof OrderRefundRequested))
                || event instanceof DropShipRequested || event instanceof BackorderNotification, router -> router
                .route(OrderEvent.class, event -> RoutingTarget.forTarget(topic).andKey(event.orderId().toString()))
                // one supplier's requests on one partition, in the order they were made
                .route(DropShipRequested.class, event -> RoutingTarget.forTarget(dropShipTopic).andKey(event.supplier()))
                .mapping(DropShipRequested.class, DropShipRequestedV1::of)
                // the notification port: a notification service tells the customer; one order's notices in order
                .route(BackorderNotification.class, event -> RoutingTarget.forTarget(notificationTopic).andKey(event.orderId().toString()))
                .mapping(BackorderNotification.Created.class, BackorderCreatedV1::of)
                .mapping(BackorderNotification.Delayed.class, BackorderDelayedV1::of)
                .mapping(BackorderNotification.Filled.class, BackorderFilledV1::of)
                .headers(BackorderCreatedV1.class, event -> cloudEvent(BackorderCreatedV1.TYPE, event, event.orderId(), event.occurredAt()))
                .headers(BackorderDelayedV1.class, event -> cloudEvent(BackorderDelayedV1.TYPE, event, event.orderId(), event.occurredAt()))
                .headers(BackorderFilledV1.class, event -> cloudEvent(BackorderFilledV1.TYPE, event, event.orderId(), event.occurredAt()))
                .headers(DropShipRequestedV1.class,
                        event -> cloudEvent(DropShipRequestedV1.TYPE, event, event.orderId(), event.occurredAt()))
                .mapping(OrderPlaced.class, OrderPlacedV1::of)
                .mapping(OrderStatusChanged.class, OrderStatusChangedV1::of)
                .mapping(OrderModified.class, OrderModifiedV1::of)
                .mapping(OrderShipped.class, OrderShippedV1::of)
                .mapping(OrderCancelled.class, OrderCancelledV1::of)
                .mapping(OrderCompleted.class, OrderCompletedV1::of)
                .headers(OrderPlacedV1.class, event -> cloudEvent(OrderPlacedV1.TYPE, event, event.orderId(), event.occurredAt()))
                .headers(OrderStatusChangedV1.class,
                        event -> cloudEvent(OrderStatusChangedV1.TYPE, event, event.orderId(), event.occurredAt()))
                .headers(OrderModifiedV1.class, event -> cloudEvent(OrderModifiedV1.TYPE, event, event.orderId(), event.occurredAt()))
                .headers(OrderShippedV1.class, event -> cloudEvent(OrderShippedV1.TYPE, event, event.orderId(), event.occurredAt()))
                .headers(OrderCancelledV1.class, event -> cloudEvent(OrderCancelledV1.TYPE, event, event.orderId(), event.occurredAt()))
                .headers(OrderCompletedV1.class, event -> cloudEvent(OrderCompletedV1.TYPE, event, event.orderId(), event.occurredAt())));
    }

    @Bean
    NewTopic dropShipTopic(@Value("${order-service.messaging.drop-ship-topic:drop-ship-requests}") String topic) {
        return TopicBuilder.name(topic).partitions(3).build();
    }

    @Bean
    NewTopic customerNotificationsTopic(
            @Value("${order-service.messaging.customer-notifications-topic:customer-notifications}") String topic) {
        return TopicBuilder.name(topic).partitions(3).build();
    }

    @Bean
    NewTopic orderEventsTopic(@Value("${order-service.messaging.order-events-topic}") String topic,
                              @Value("${order-service.messaging.order-events-partitions:6}") int partitions) {
        return TopicBuilder.name(topic).partitions(partitions).build();
    }

    private static Map<String, Object> cloudEvent(String type, Record event, String orderId, Instant time) {
        return CloudEventHeaders.of(type, event, orderId, time);
    }
}
