package io.orderservice.returns.application.port.in;

import io.orderservice.returns.domain.ExchangeRequest;
import io.orderservice.returns.domain.ReturnLine;
import io.orderservice.shared.Caller;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.RequestKey;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A customer (or support for them) asks to send units of a delivered shipment back. The shop's approval rules decide
 * at once where one applies; otherwise the request waits for an operator.
 *
 * @throws io.orderservice.ordering.application.port.in.OrderNotFoundException when there is no such order, or the
 *                                                                             caller does not reach it
 * @throws io.orderservice.shared.InvalidValueException when the shipment is not delivered, its window passed, a line
 *                                                      asks for more than is left to return, or the reason or a SKU is
 *                                                      not one the shop takes back
 */
public interface RequestReturnUseCase {

    ReturnView request(RequestReturn command);

    /**
     * @param key      the request's Idempotency-Key, or null: a request retried with its key answers the first return
     * @param exchange what the customer wants instead of their money back, or null for a plain return
     */
    record RequestReturn(OrderId orderId, UUID shipmentId, List<ReturnLine> lines, String reasonCode, String comment,
                         List<URI> photos, Caller by, RequestKey key, ExchangeRequest exchange) {
        public RequestReturn {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(by, "by");
            if (shipmentId == null) {
                throw new InvalidValueException("a return names the delivered shipment its units came in");
            }
            lines = List.copyOf(lines);
            photos = photos == null ? List.of() : List.copyOf(photos);
        }

        /** A plain return. */
        public RequestReturn(OrderId orderId, UUID shipmentId, List<ReturnLine> lines, String reasonCode, String comment,
                             List<URI> photos, Caller by, RequestKey key) {
            this(orderId, shipmentId, lines, reasonCode, comment, photos, by, key, null);
        }
    }
}
