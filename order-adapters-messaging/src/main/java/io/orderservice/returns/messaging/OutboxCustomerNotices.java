package io.orderservice.returns.messaging;

import io.orderservice.returns.application.port.out.CustomerNotices;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The notification port's first adapter: a notice is published in the caller's transaction, so the outbox stores it
 * with the change and, with Kafka switched on, hands it to {@code customer-notifications} after commit, at least once
 * (ReturnEventsExternalization). A notification service turns it into a mail or a message.
 */
@Component
class OutboxCustomerNotices implements CustomerNotices {

    private final ApplicationEventPublisher events;

    OutboxCustomerNotices(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void tell(ReturnNotice notice) {
        events.publishEvent(notice);
    }
}
