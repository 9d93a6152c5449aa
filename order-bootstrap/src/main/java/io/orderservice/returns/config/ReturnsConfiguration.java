package io.orderservice.returns.config;

import io.orderservice.returns.domain.ExchangeTrust;
import io.orderservice.returns.domain.RestockingFee;
import io.orderservice.returns.domain.ReturnApprovalPolicy;
import io.orderservice.returns.domain.ReturnPolicy;
import io.orderservice.returns.domain.ReturnReason;
import io.orderservice.shared.Money;
import io.orderservice.shared.Sku;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The shop's return rules ({@code order-service.returns}, docs/returns.md): the reasons a customer may give, the SKUs
 * never taken back, and the approval rules; the window is the one completion waits for
 * ({@code order-service.fulfilment.return-window}). Domain policies built from properties (ADR 0027).
 */
@Configuration(proxyBeanMethods = false)
class ReturnsConfiguration {

    @Bean
    ReturnPolicy returnPolicy(ReturnsProperties properties,
                              @Value("${order-service.fulfilment.return-window:P14D}") Duration window) {
        var reasons = new HashMap<String, ReturnReason>();
        properties.reasons().forEach((code, reason) -> reasons.put(code, new ReturnReason(code, reason.shopsFault())));
        var notReturnable = new HashMap<Sku, String>();
        properties.notReturnable().forEach((sku, why) -> notReturnable.put(new Sku(sku), why));
        return new ReturnPolicy(window, reasons, notReturnable, Boolean.TRUE.equals(properties.beforeDelivery()));
    }

    @Bean
    RestockingFee restockingFee(ReturnsProperties properties) {
        return new RestockingFee(properties.restockingFeePercent() == null ? 0 : properties.restockingFeePercent());
    }

    @Bean
    ExchangeTrust exchangeTrust(ReturnsProperties properties) {
        return new ExchangeTrust(properties.exchangeShipsAtOnceFromOrders() == null ? 0 : properties.exchangeShipsAtOnceFromOrders());
    }

    @Bean
    ReturnApprovalPolicy returnApprovalPolicy(ReturnsProperties properties) {
        return new ReturnApprovalPolicy(properties.approvalRules().stream().map(ApprovalRule::toRule).toList());
    }

    /**
     * @param reasons       the reason codes a customer chooses from, each with whether it is the shop's fault
     * @param notReturnable SKUs never taken back, with the reason the customer is told (final sale, hygiene)
     * @param approvalRules the rules that approve a request at once, first match wins; what none approves waits for an
     *                      operator
     * @param restockingFeePercent kept of a return's lines when it is not the shop's fault; 0 unless configured
     * @param beforeDelivery       whether a parcel still on its way may be returned; not unless configured
     * @param exchangeShipsAtOnceFromOrders a customer with at least this many orders in the last year gets an exchange's
     *                                      replacement before the return arrives; 0 (the default) trusts nobody
     */
    @ConfigurationProperties("order-service.returns")
    record ReturnsProperties(Map<String, Reason> reasons, Map<String, String> notReturnable, List<ApprovalRule> approvalRules,
                             Integer restockingFeePercent, Boolean beforeDelivery, Integer exchangeShipsAtOnceFromOrders) {

        ReturnsProperties {
            reasons = reasons == null ? Map.of() : Map.copyOf(reasons);
            notReturnable = notReturnable == null ? Map.of() : Map.copyOf(notReturnable);
            approvalRules = approvalRules == null ? List.of() : List.copyOf(approvalRules);
        }
    }

    record Reason(boolean shopsFault) {
    }

    /**
     * One approval rule; a condition left out holds for any request.
     *
     * @param maxValue           the most the units asked back may have been paid, in {@code currency}
     * @param minOrders          the fewest orders the customer placed in the last year
     * @param maxReturnsPerOrder the most return requests per order the customer made in the last year
     * @param minLeftInWindow    the least time the shipment's return window must still run
     */
    record ApprovalRule(String name, Set<String> reasons, BigDecimal maxValue, Currency currency, Integer minOrders,
                        Double maxReturnsPerOrder, Duration minLeftInWindow) {

        ReturnApprovalPolicy.Rule toRule() {
            Money limit = null;
            if (maxValue != null) {
                if (currency == null) {
                    throw new IllegalStateException("return approval rule " + name + " names the currency of its max-value");
                }
                limit = Money.of(maxValue, currency, RoundingMode.UNNECESSARY);
            }
            return new ReturnApprovalPolicy.Rule(name, reasons, limit, minOrders, maxReturnsPerOrder, minLeftInWindow);
        }
    }
}
