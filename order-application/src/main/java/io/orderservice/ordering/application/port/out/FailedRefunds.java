package io.orderservice.ordering.application.port.out;

import io.orderservice.ordering.application.port.in.ListFailedRefundsQuery.FailedRefund;
import java.util.List;

/** Refunds of any order that failed and were not asked for again. */
public interface FailedRefunds {

    /** At most {@code limit} of them, the oldest failure first. */
    List<FailedRefund> oldestFirst(int limit);
}
