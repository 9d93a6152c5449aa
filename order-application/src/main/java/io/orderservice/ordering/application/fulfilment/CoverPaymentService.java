package io.orderservice.ordering.application.fulfilment;

import io.orderservice.ordering.application.changes.LineChanges;
import io.orderservice.ordering.application.port.in.fulfilment.CoverPaymentUseCase;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/** Not in a transaction: a re-authorisation the change needs is asked for between two runs of it. */
@Service
class CoverPaymentService implements CoverPaymentUseCase {

    private final LineChanges lineChanges;

    CoverPaymentService(LineChanges lineChanges) {
        this.lineChanges = lineChanges;
    }

    @Override
    public <T> T covering(Supplier<T> change) {
        return lineChanges.covering(change);
    }
}
