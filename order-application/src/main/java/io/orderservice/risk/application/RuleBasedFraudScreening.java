package io.orderservice.risk.application;

import io.orderservice.ordering.application.port.out.FraudScreening;
import io.orderservice.ordering.domain.risk.RiskAssessment;
import io.orderservice.risk.application.port.out.RiskHistory;
import io.orderservice.risk.domain.RiskRules;
import io.orderservice.risk.domain.VelocityWindow;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * The default fraud screening, as ordering's {@link FraudScreening} port: the facts from the service's own history
 * ({@link RiskHistory}), the decision from {@link RiskRules} configured under {@code order-service.fraud}. An external
 * scoring service can take its place behind the same port.
 */
@Component
class RuleBasedFraudScreening implements FraudScreening {

    private final RiskHistory history;
    private final RiskRules rules;
    private final VelocityWindow window;
    private final Clock clock;

    RuleBasedFraudScreening(RiskHistory history, RiskRules rules, VelocityWindow window, Clock clock) {
        this.history = history;
        this.rules = rules;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public RiskAssessment screen(ScreeningRequest request) {
        return rules.assess(history.factsAbout(request, window.since(clock.instant()), rules.velocityLimit() + 1));
    }
}
