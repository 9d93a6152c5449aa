package io.orderservice.ordering.application.placement;

import io.orderservice.ordering.application.port.in.placement.GetPlacementQuery;
import io.orderservice.ordering.application.port.in.placement.PlacementView;
import io.orderservice.ordering.application.port.out.PlacementSagas;
import io.orderservice.shared.OrderId;
import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
class GetPlacementService implements GetPlacementQuery {

    private final PlacementSagas sagas;

    GetPlacementService(PlacementSagas sagas) {
        this.sagas = sagas;
    }

    @Override
    public Optional<PlacementView> find(OrderId orderId) {
        return sagas.find(orderId).map(PlacementView::of);
    }
}
