package io.orderservice.ordering.application.placement;

import io.orderservice.ordering.application.port.in.PlacementOfRequestQuery;
import io.orderservice.ordering.application.port.out.PlacementRequests;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.RequestKey;
import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
class PlacementOfRequestService implements PlacementOfRequestQuery {

    private final PlacementRequests requests;

    PlacementOfRequestService(PlacementRequests requests) {
        this.requests = requests;
    }

    @Override
    public Optional<OrderId> placedBy(RequestKey key) {
        return requests.placedBy(key);
    }
}
