package io.orderservice.payment.gateway;

import io.orderservice.payment.domain.PaymentRouting;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PaymentRoutingConfiguration {

    @Bean
    PaymentRouting paymentRouting(PaymentRoutingProperties properties) {
        return properties.toRouting();
    }
}
