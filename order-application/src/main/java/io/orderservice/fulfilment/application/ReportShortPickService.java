package io.orderservice.fulfilment.application;

import io.orderservice.fulfilment.application.port.in.ReportShortPickUseCase;
import io.orderservice.ordering.application.port.in.fulfilment.CoverPaymentUseCase;
import org.springframework.stereotype.Service;

/**
 * Not in a transaction: a re-authorisation the short pick needs is asked for between two runs of
 * {@link ShortPickRecording}, by ordering.
 */
@Service
class ReportShortPickService implements ReportShortPickUseCase {

    private final ShortPickRecording recording;
    private final CoverPaymentUseCase payment;

    ReportShortPickService(ShortPickRecording recording, CoverPaymentUseCase payment) {
        this.recording = recording;
        this.payment = payment;
    }

    @Override
    public ShortPickReport report(ShortPickCommand command) {
        return payment.covering(() -> recording.report(command));
    }
}
