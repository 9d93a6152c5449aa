package io.orderservice.returns.application;

import io.orderservice.ordering.application.port.in.returns.RecordReturnUseCase;
import io.orderservice.ordering.application.port.in.returns.RecordReturnUseCase.ReturnNews;
import io.orderservice.ordering.application.port.in.returns.RecordReturnUseCase.Standing;
import io.orderservice.ordering.domain.event.OrderStatusChanged;
import io.orderservice.returns.application.port.out.ReturnRequests;
import io.orderservice.returns.domain.ReturnRequest;
import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A split order's first parcel may be returned while the last is on its way; when the last arrives the order is
 * DELIVERED, and with a return still open it must not complete when its window closes. So on delivery, returns tells
 * ordering that returns are open and the order becomes RETURN_REQUESTED. Delivered at least once through the outbox,
 * after the delivery commits; told twice, ordering changes nothing. Only deliveries are published to it (the
 * condition), so other status changes cost no outbox row.
 */
@Component
class ReturnsOpenAtDelivery {

    private final ReturnRequests requests;
    private final RecordReturnUseCase ordering;
    private final Clock clock;

    ReturnsOpenAtDelivery(ReturnRequests requests, RecordReturnUseCase ordering, Clock clock) {
        this.requests = requests;
        this.ordering = ordering;
        this.clock = clock;
    }

    @ApplicationModuleListener(condition = "#event.delivered()")
    void delivered(OrderStatusChanged event) {
        requests.hold(event.orderId());
        long open = requests.ofOrder(event.orderId()).stream().filter(ReturnRequest::isOpen).count();
        if (open > 0) {
            ordering.record(new ReturnNews(event.orderId(), RecordReturnUseCase.Step.STILL_OPEN_AT_DELIVERY, open
                    + " return(s) asked for before the last parcel arrived are open", Standing.OPEN, null, clock.instant(), null));
        }
    }
}
