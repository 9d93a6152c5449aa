package io.orderservice.returns.gateway;

import io.orderservice.returns.application.port.out.ReturnLabels;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one label adapter of this service: Shippo where a Shippo carrier account is configured, else the carrier's label
 * API over HTTP — which books no labels when no carrier is configured.
 */
@Configuration(proxyBeanMethods = false)
class ReturnLabelsConfiguration {

    @Bean
    ReturnLabels returnLabels(ReturnLabelProperties labels, ShippoLabelProperties shippo, Clock clock) {
        return shippo.configured() ? new ShippoReturnLabels(labels, shippo, clock) : new HttpReturnLabels(labels);
    }
}
