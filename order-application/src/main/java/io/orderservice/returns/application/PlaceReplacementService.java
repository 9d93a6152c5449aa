package io.orderservice.returns.application;

import io.orderservice.ordering.application.port.in.returns.PlaceReplacementOrderUseCase;
import io.orderservice.ordering.application.port.in.returns.PlaceReplacementOrderUseCase.Item;
import io.orderservice.ordering.application.port.in.returns.PlaceReplacementOrderUseCase.Placed;
import io.orderservice.ordering.application.port.in.returns.PlaceReplacementOrderUseCase.ReplacementOrder;
import io.orderservice.returns.application.port.in.PlaceReplacementUseCase;
import io.orderservice.returns.domain.ExchangeRequest;
import io.orderservice.shared.OrderId;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Three steps, so that no transaction is open while the placement asks a payment gateway: the return's worth is read
 * ({@link ReplacementRecording#worth}), ordering places the replacement through its placement saga (the return's id
 * keeps a retry after a crash from placing a second one), and what became of it is recorded.
 */
@Service
class PlaceReplacementService implements PlaceReplacementUseCase {

    private static final Logger log = LoggerFactory.getLogger(PlaceReplacementService.class);

    private final ReplacementRecording recording;
    private final PlaceReplacementOrderUseCase replacements;

    PlaceReplacementService(ReplacementRecording recording, PlaceReplacementOrderUseCase replacements) {
        this.recording = recording;
        this.replacements = replacements;
    }

    @Override
    public void place(OrderId orderId, UUID returnId) {
        var worth = recording.worth(orderId, returnId).orElse(null);
        if (worth == null) {
            return;
        }
        var request = worth.request();
        var exchange = request.exchange().orElseThrow();
        var outcome = replacements.place(new ReplacementOrder(returnId, orderId, request.customerId(), worth.shipTo(),
                exchange.items().stream().map(item -> new Item(item.sku(), item.quantity())).toList(), exchange.paymentToken(),
                worth.credit(), worth.shipsAtOnce(), exchange.ifOutOfStock() == ExchangeRequest.IfOutOfStock.BACKORDER));
        if (outcome instanceof Placed placed) {
            log.info("Placed replacement {} for exchange {} of order {}", placed.orderId(), returnId, orderId);
            recording.replaced(orderId, returnId, placed.orderId(), placed.credit(), worth.shipsAtOnce());
        } else {
            var why = ((PlaceReplacementOrderUseCase.NotPlaced) outcome).why();
            log.info("No replacement for exchange {} of order {}: {}", returnId, orderId, why);
            recording.refundInstead(orderId, returnId, "no replacement: " + why + "; the return is refunded instead");
        }
    }
}
