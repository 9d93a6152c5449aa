package io.orderservice.pricing.application.listener;

import io.orderservice.ordering.domain.event.OrderStatusChanged;
import io.orderservice.pricing.application.port.out.PromotionUsages;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An order that ends without being bought — cancelled (by the customer, an operator, a lapsed payment window, a
 * rejected approval) or rejected in placement — gives the promotion uses it claimed back. Releasing is
 * idempotent, so the outbox may deliver the event again.
 */
@Component
class GivePromotionUsesBack {

    private static final Logger log = LoggerFactory.getLogger(GivePromotionUsesBack.class);

    private final PromotionUsages usages;
    private final Clock clock;

    GivePromotionUsesBack(PromotionUsages usages, Clock clock) {
        this.usages = usages;
        this.clock = clock;
    }

    // The condition is evaluated before the outbox stores anything: other status changes cost no publication.
    @ApplicationModuleListener(condition = "#event.endsWithoutSale()")
    void on(OrderStatusChanged event) {
        int released = usages.release(event.orderId(), clock.instant());
        if (released > 0) {
            log.info("Order {} ended without a sale: gave back {} promotion use(s)", event.orderId(), released);
        }
    }
}
