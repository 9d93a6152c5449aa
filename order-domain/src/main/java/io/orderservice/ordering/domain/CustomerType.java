package io.orderservice.ordering.domain;

/** Who buys: a consumer, or a business (whose orders may need an approver, per the approval rules). */
public enum CustomerType {
    CONSUMER, BUSINESS
}
