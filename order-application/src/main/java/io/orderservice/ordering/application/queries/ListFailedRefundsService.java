package io.orderservice.ordering.application.queries;

import io.orderservice.ordering.application.port.in.ListFailedRefundsQuery;
import io.orderservice.ordering.application.port.out.FailedRefunds;
import io.orderservice.shared.InvalidValueException;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
class ListFailedRefundsService implements ListFailedRefundsQuery {

    private final FailedRefunds failed;

    ListFailedRefundsService(FailedRefunds failed) {
        this.failed = failed;
    }

    @Override
    public List<FailedRefund> failedRefunds(int limit) {
        if (limit < 1 || limit > 500) {
            throw new InvalidValueException("list 1 to 500 failed refunds, not " + limit);
        }
        return failed.oldestFirst(limit);
    }
}
