package io.orderservice.ordering.config;

import io.orderservice.ordering.domain.ApprovalRules;
import io.orderservice.ordering.domain.RefundLimits;
import io.orderservice.ordering.domain.ReturnWindow;
import io.orderservice.ordering.domain.saga.PlacementPatience;
import io.orderservice.ordering.domain.saga.SagaPolicy;
import io.orderservice.ordering.domain.saga.UnpaidHoldPolicy;
import io.orderservice.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How patient placement is ({@code order-service.placement}): retries and deadlines of its steps, and the
 * payment retry window; which orders wait for an approver ({@code order-service.approval}); refund limits, the return
 * window and bounds on unpaid stock holds. Domain policies built from properties, wired in the bootstrap ring (ADR 0027).
 */
@Configuration(proxyBeanMethods = false)
class PlacementPolicyConfiguration {

    /**
     * @param maxAttempts        tries of a step that fails for technical reasons before the placement is parked
     * @param firstBackoff       wait before the second try; doubles after each
     * @param stepTimeout        how long a step may take before it counts as a failed try
     * @param paymentRetryWindow how long after a failed payment the customer may pay with another method,
     *                           and how long a payment waits for the customer's confirmation
     */
    @ConfigurationProperties("order-service.placement")
    record PlacementProperties(Integer maxAttempts, Duration firstBackoff, Duration stepTimeout, Duration paymentRetryWindow) {
    }

    /**
     * @param businessOrders whether every business customer's order waits for an approver
     * @param thresholds     per currency, the order total from which an order waits for an approver
     */
    @ConfigurationProperties("order-service.approval")
    record ApprovalProperties(Boolean businessOrders, Map<String, BigDecimal> thresholds) {
    }

    @Bean
    ApprovalRules approvalRules(ApprovalProperties properties) {
        var thresholds = new HashMap<Currency, Money>();
        if (properties.thresholds() != null) {
            properties.thresholds().forEach((code, amount) -> {
                var currency = Money.currencyOf(code);
                thresholds.put(currency, Money.of(amount, currency, RoundingMode.HALF_EVEN));
            });
        }
        return new ApprovalRules(Boolean.TRUE.equals(properties.businessOrders()), thresholds);
    }

    /** @param supportLimit per currency, the largest refund support gives without a lead; other currencies need a lead */
    @ConfigurationProperties("order-service.refunds")
    record RefundProperties(Map<String, BigDecimal> supportLimit) {
    }

    @Bean
    RefundLimits refundLimits(RefundProperties properties) {
        var limits = new HashMap<Currency, Money>();
        if (properties.supportLimit() != null) {
            properties.supportLimit().forEach((code, amount) -> {
                var currency = Money.currencyOf(code);
                limits.put(currency, Money.of(amount, currency, RoundingMode.HALF_EVEN));
            });
        }
        return new RefundLimits(limits);
    }

    /** {@code order-service.fulfilment.return-window}: 14 days unless configured. */
    @Bean
    ReturnWindow returnWindow(@Value("${order-service.fulfilment.return-window:P14D}") Duration window) {
        return new ReturnWindow(window);
    }

    /**
     * @param unpaidHold      how long a customer who has not paid for an order before keeps the stock of an order whose
     *                        payment was declined or waits for confirmation (shorter than the payment window)
     * @param maxUnpaidOrders per customer, payment token and shipping address: orders holding stock unpaid at a time
     */
    @ConfigurationProperties("order-service.placement.stock-holds")
    record UnpaidHoldProperties(Duration unpaidHold, MaxUnpaidOrders maxUnpaidOrders) {

        record MaxUnpaidOrders(Integer perCustomer, Integer perPaymentToken, Integer perShippingAddress) {
        }
    }

    @Bean
    UnpaidHoldPolicy unpaidHoldPolicy(UnpaidHoldProperties properties) {
        var max = properties.maxUnpaidOrders() == null ? new UnpaidHoldProperties.MaxUnpaidOrders(null, null, null)
                : properties.maxUnpaidOrders();
        return new UnpaidHoldPolicy(properties.unpaidHold() == null ? Duration.ofMinutes(10) : properties.unpaidHold(),
                max.perCustomer() == null ? 2 : max.perCustomer(), max.perPaymentToken() == null ? 3 : max.perPaymentToken(),
                max.perShippingAddress() == null ? 3 : max.perShippingAddress());
    }

    /** {@code order-service.placement.answer-within}: 5 s unless configured. */
    @Bean
    PlacementPatience placementPatience(@Value("${order-service.placement.answer-within:PT5S}") Duration answerWithin) {
        return new PlacementPatience(answerWithin);
    }

    @Bean
    SagaPolicy placementPolicy(PlacementProperties properties) {
        return new SagaPolicy(properties.maxAttempts() == null ? 5 : properties.maxAttempts(),
                properties.firstBackoff() == null ? Duration.ofSeconds(2) : properties.firstBackoff(),
                properties.stepTimeout() == null ? Duration.ofSeconds(60) : properties.stepTimeout(),
                properties.paymentRetryWindow() == null ? Duration.ofMinutes(30) : properties.paymentRetryWindow());
    }
}
