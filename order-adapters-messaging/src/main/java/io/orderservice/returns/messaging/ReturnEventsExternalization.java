package io.orderservice.returns.messaging;

import io.orderservice.returns.application.port.out.CustomerNotices;
import io.orderservice.returns.domain.event.ReturnEvent;
import io.orderservice.returns.messaging.ReturnIntegrationEvents.ReturnApprovedV1;
import io.orderservice.returns.messaging.ReturnIntegrationEvents.ReturnNoticeV1;
import io.orderservice.returns.messaging.ReturnIntegrationEvents.ReturnReceivedV1;
import io.orderservice.returns.messaging.ReturnIntegrationEvents.ExchangeCreatedV1;
import io.orderservice.returns.messaging.ReturnIntegrationEvents.ReturnRefundedV1;
import io.orderservice.returns.messaging.ReturnIntegrationEvents.ReturnRejectedV1;
import io.orderservice.returns.messaging.ReturnIntegrationEvents.ReturnRequestedV1;
import io.orderservice.shared.messaging.CloudEventHeaders;
import io.orderservice.shared.messaging.ExternalizedEvents;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.modulith.events.RoutingTarget;

/**
 * Publishes return events to Kafka through the outbox ({@code order-service.messaging.return-events-topic}) and the
 * notices for customers to the notification topic ({@code order-service.messaging.customer-notifications-topic}), keyed
 * by order id, with CloudEvents headers; the returns capability's part of the service's externalization.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("spring.modulith.events.externalization.enabled")
class ReturnEventsExternalization {

    @Bean
    ExternalizedEvents returnEvents(@Value("${order-service.messaging.return-events-topic:return-events}") String topic,
            @Value("${order-service.messaging.customer-notifications-topic:customer-notifications}") String notificationTopic) {
        return new ExternalizedEvents(event -> event instanceof ReturnEvent || event instanceof CustomerNotices.ReturnNotice,
                router -> router
                .route(ReturnEvent.class, event -> RoutingTarget.forTarget(topic).andKey(event.orderId().toString()))
                // the notification port: one order's notices on one partition
                .route(CustomerNotices.ReturnNotice.class, notice -> RoutingTarget.forTarget(notificationTopic)
                        .andKey(notice.orderId().toString()))
                .mapping(CustomerNotices.ReturnNotice.class, ReturnNoticeV1::of)
                .headers(ReturnNoticeV1.class, notice -> CloudEventHeaders.of(ReturnNoticeV1.TYPE, notice, notice.orderId(),
                        notice.occurredAt()))
                .mapping(ReturnEvent.Requested.class, ReturnRequestedV1::of)
                .mapping(ReturnEvent.Approved.class, ReturnApprovedV1::of)
                .mapping(ReturnEvent.Rejected.class, ReturnRejectedV1::of)
                .mapping(ReturnEvent.Received.class, ReturnReceivedV1::of)
                .mapping(ReturnEvent.Refunded.class, ReturnRefundedV1::of)
                .mapping(ReturnEvent.ExchangeCreated.class, ExchangeCreatedV1::of)
                .headers(ReturnRequestedV1.class, event -> CloudEventHeaders.of(ReturnRequestedV1.TYPE, event, event.orderId(),
                        event.occurredAt()))
                .headers(ReturnApprovedV1.class, event -> CloudEventHeaders.of(ReturnApprovedV1.TYPE, event, event.orderId(),
                        event.occurredAt()))
                .headers(ReturnRejectedV1.class, event -> CloudEventHeaders.of(ReturnRejectedV1.TYPE, event, event.orderId(),
                        event.occurredAt()))
                .headers(ReturnReceivedV1.class, event -> CloudEventHeaders.of(ReturnReceivedV1.TYPE, event, event.orderId(),
                        event.occurredAt()))
                .headers(ReturnRefundedV1.class, event -> CloudEventHeaders.of(ReturnRefundedV1.TYPE, event, event.orderId(),
                        event.occurredAt()))
                .headers(ExchangeCreatedV1.class, event -> CloudEventHeaders.of(ExchangeCreatedV1.TYPE, event, event.orderId(),
                        event.occurredAt())));
    }

    @Bean
    NewTopic returnEventsTopic(@Value("${order-service.messaging.return-events-topic:return-events}") String topic) {
        return TopicBuilder.name(topic).partitions(3).build();
    }
}
