package io.orderservice.returns.application;

import io.orderservice.ordering.application.port.in.returns.DeliveryAddressQuery;
import io.orderservice.returns.application.port.in.BookReturnLabelUseCase;
import io.orderservice.returns.application.port.out.ReturnLabels;
import io.orderservice.returns.application.port.out.ReturnLabels.LabelRequest;
import io.orderservice.returns.application.port.out.ReturnRequests;
import io.orderservice.returns.domain.Rma;
import io.orderservice.shared.OrderId;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Three steps, so that no transaction or lock is held while the carrier answers: the return and the order's address are
 * read (no lock), the carrier books the label (the return's id its idempotency key, so a
 * retry after a crash gets the same label), and {@link ReturnLabelRecording} records it under the returns' lock.
 */
@Service
class BookReturnLabelService implements BookReturnLabelUseCase {

    private final ReturnRequests requests;
    private final DeliveryAddressQuery orders;
    private final ReturnLabels labels;
    private final ReturnLabelRecording recording;

    BookReturnLabelService(ReturnRequests requests, DeliveryAddressQuery orders, ReturnLabels labels,
                           ReturnLabelRecording recording) {
        this.requests = requests;
        this.orders = orders;
        this.labels = labels;
        this.recording = recording;
    }

    @Override
    public void book(OrderId orderId, UUID returnId) {
        if (!labels.booksLabels()) {
            return;
        }
        var request = requests.byId(returnId).filter(found -> found.orderId().equals(orderId)).orElse(null);
        if (request == null || !request.awaitsLabel()) {
            return;
        }
        var from = orders.deliveryAddress(orderId);
        labels.book(new LabelRequest(returnId, request.rma().map(Rma::value).orElseThrow(), from))
                .ifPresent(label -> recording.record(orderId, returnId, label));
    }
}
