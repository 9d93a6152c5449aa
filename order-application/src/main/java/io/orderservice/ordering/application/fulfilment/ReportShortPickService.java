package io.orderservice.ordering.application.fulfilment;

import io.orderservice.ordering.application.changes.LineChanges;
import io.orderservice.ordering.application.port.in.ReportShortPickUseCase;
import org.springframework.stereotype.Service;

/** Not in a transaction: a re-authorisation the short pick needs is asked for between two runs of {@link ShortPickRecording}. */
@Service
class ReportShortPickService implements ReportShortPickUseCase {

    private final ShortPickRecording recording;
    private final LineChanges lineChanges;

    ReportShortPickService(ShortPickRecording recording, LineChanges lineChanges) {
        this.recording = recording;
        this.lineChanges = lineChanges;
    }

    @Override
    public ShortPickReport report(ShortPickCommand command) {
        return lineChanges.covering(() -> recording.report(command));
    }
}
