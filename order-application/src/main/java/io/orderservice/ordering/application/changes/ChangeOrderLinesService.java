package io.orderservice.ordering.application.changes;

import io.orderservice.ordering.application.port.in.ChangeOrderLinesUseCase;
import io.orderservice.ordering.application.port.in.OrderView;
import org.springframework.stereotype.Service;

/**
 * Not in a transaction: a change whose total the order's payment does not cover is re-authorised between two runs of
 * {@link LineChangeRecording}, with none open ({@link LineChanges#covering}). The re-authorisation's key is derived from
 * the order's version and the new total, so a retry of the same change never authorises twice.
 */
@Service
class ChangeOrderLinesService implements ChangeOrderLinesUseCase {

    private final LineChangeRecording recording;
    private final LineChanges lineChanges;

    ChangeOrderLinesService(LineChangeRecording recording, LineChanges lineChanges) {
        this.recording = recording;
        this.lineChanges = lineChanges;
    }

    @Override
    public OrderView change(ChangeOrderLinesCommand command) {
        return lineChanges.covering(() -> recording.change(command));
    }
}
