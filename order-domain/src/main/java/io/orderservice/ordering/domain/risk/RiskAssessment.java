package io.orderservice.ordering.domain.risk;

import java.util.List;

/** The outcome of screening: the score, what it means, and the reasons that added to it (for the operator). */
public record RiskAssessment(int score, RiskDecision decision, List<String> reasons) {

    public RiskAssessment {
        reasons = List.copyOf(reasons);
    }
}
