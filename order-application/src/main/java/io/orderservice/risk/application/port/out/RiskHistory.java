package io.orderservice.risk.application.port.out;

import io.orderservice.ordering.application.port.out.FraudScreening.ScreeningRequest;
import io.orderservice.risk.domain.RiskFacts;
import java.time.Instant;

/**
 * What the service's own records say about an order being screened: how often its customer, payment token and client
 * address ordered recently, and what its customer usually spends. The order itself is stored already and left out.
 */
public interface RiskHistory {

    /**
     * @param recentSince orders at or after this instant are recent
     * @param countUpTo   each count stops here: a rule needs to know only whether its limit is passed
     */
    RiskFacts factsAbout(ScreeningRequest request, Instant recentSince, int countUpTo);
}
