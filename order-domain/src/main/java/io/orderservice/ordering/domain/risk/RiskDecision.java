package io.orderservice.ordering.domain.risk;

/** What screening decides: let the order through, hold it for a person to look at, or refuse it. */
public enum RiskDecision {
    ACCEPT, REVIEW, REJECT
}
