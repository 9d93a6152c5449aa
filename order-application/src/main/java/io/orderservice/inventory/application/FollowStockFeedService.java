package io.orderservice.inventory.application;

import io.orderservice.inventory.application.port.in.CountStockUseCase;
import io.orderservice.inventory.application.port.in.CountStockUseCase.StockCount;
import io.orderservice.inventory.application.port.in.FollowStockFeedUseCase;
import io.orderservice.inventory.application.port.in.ReceiveStockUseCase;
import io.orderservice.inventory.application.port.in.ReceiveStockUseCase.StockReceipt;
import io.orderservice.shared.Caller;
import io.orderservice.shared.Role;
import io.orderservice.shared.inbox.ProcessedMessages;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The inbox entry and the stock change commit together: a crash in between redelivers, and the redelivery applies. */
@Service
class FollowStockFeedService implements FollowStockFeedUseCase {

    /** The warehouse systems' feed speaks for every location: it is configured by the shop, not called by a client. */
    private static final Caller FEED = new Caller("stock-feed", Set.of(Role.WAREHOUSE), null, Set.of());

    private final ProcessedMessages inbox;
    private final ReceiveStockUseCase receipts;
    private final CountStockUseCase counts;

    FollowStockFeedService(ProcessedMessages inbox, ReceiveStockUseCase receipts, CountStockUseCase counts) {
        this.inbox = inbox;
        this.receipts = receipts;
        this.counts = counts;
    }

    @Override
    @Transactional
    public boolean apply(String source, String eventId, StockEvent event) {
        FollowStockFeedUseCase.requireEventId(eventId);
        if (!inbox.firstTime(source, eventId)) {
            return false;
        }
        if (event instanceof Received received) {
            receipts.receive(List.of(new StockReceipt(received.location(), received.sku(), received.units())), FEED, null);
        } else {
            var counted = (Counted) event;
            counts.count(List.of(new StockCount(counted.location(), counted.sku(), counted.onHand())), FEED);
        }
        return true;
    }
}
