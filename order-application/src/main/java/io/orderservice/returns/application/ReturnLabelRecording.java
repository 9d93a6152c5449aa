package io.orderservice.returns.application;

import io.orderservice.returns.application.port.out.CustomerNotices;
import io.orderservice.returns.application.port.out.ReturnLabels.BookedLabel;
import io.orderservice.returns.application.port.out.ReturnRequests;
import io.orderservice.returns.domain.ReturnParcel;
import io.orderservice.returns.domain.Rma;
import io.orderservice.shared.OrderId;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a booked label in a transaction of its own, under the order's returns' lock: the return as it is now (a
 * receipt may have come first, a second booking may have won) gets the label once, and the customer is told with it.
 */
@Component
class ReturnLabelRecording {

    private final ReturnRequests requests;
    private final CustomerNotices notices;
    private final Clock clock;

    ReturnLabelRecording(ReturnRequests requests, CustomerNotices notices, Clock clock) {
        this.requests = requests;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    public void record(OrderId orderId, UUID returnId, BookedLabel label) {
        requests.hold(orderId);
        var request = requests.byId(returnId).orElseThrow();
        if (!request.awaitsLabel()) {
            return;
        }
        var now = clock.instant();
        request.labelled(ReturnParcel.booked(label.carrier(), label.trackingNumber(), label.labelUrl(), now));
        requests.save(request);
        notices.tell(new CustomerNotices.ReturnNotice(CustomerNotices.Kind.LABEL_BOOKED, request.id(), orderId,
                request.customerId(), request.rma().map(Rma::value).orElse(null), null, null,
                new CustomerNotices.Label(label.carrier(), label.trackingNumber(), label.labelUrl()), now));
    }
}
