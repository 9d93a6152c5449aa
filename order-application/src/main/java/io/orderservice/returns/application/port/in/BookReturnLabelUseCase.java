package io.orderservice.returns.application.port.in;

import io.orderservice.shared.OrderId;
import java.util.UUID;

/**
 * Books the label an approved return travels back with, once: the carrier is asked with nothing locked, and the label
 * is recorded and told to the customer in a short transaction of its own. A return that has its label, was received or
 * was never approved gets none.
 */
public interface BookReturnLabelUseCase {

    /** @throws io.orderservice.returns.application.port.out.ReturnLabels.LabelNotBookedException when the carrier books none now */
    void book(OrderId orderId, UUID returnId);
}
