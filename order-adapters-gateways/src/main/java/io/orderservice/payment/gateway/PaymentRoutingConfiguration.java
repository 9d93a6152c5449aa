package io.orderservice.payment.gateway;

import io.orderservice.payment.application.port.out.PaymentGateway;
import io.orderservice.payment.domain.AuthorisationLifetimes;
import io.orderservice.payment.domain.OperationAttempts;
import io.orderservice.payment.domain.PaymentRouting;
import io.orderservice.payment.gateway.sandbox.SandboxGateway;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PaymentRoutingConfiguration {

    /**
     * The routing, refused when it can send a payment to the sandbox where the sandbox is off: a production
     * configuration must name a gateway that moves money (docs/payments.md).
     */
    @Bean
    PaymentRouting paymentRouting(PaymentRoutingProperties properties, List<PaymentGateway> gateways) {
        var routing = properties.toRouting();
        boolean sandboxRouted = routing.defaultGateways().contains(SandboxGateway.NAME)
                || routing.routes().stream().anyMatch(route -> route.gateways().contains(SandboxGateway.NAME));
        if (sandboxRouted && gateways.stream().noneMatch(SandboxGateway.class::isInstance)) {
            throw new IllegalStateException("Payment routing (order-service.payment.routing) can send payments to the sandbox "
                    + "gateway, which moves no money and is off outside the local defaults (embedded PostgreSQL or the local "
                    + "profile). Route payments to a real gateway (order-service.payment.http-gateways), or set "
                    + SandboxGateway.ENABLED + "=true where test payments are wanted.");
        }
        return routing;
    }

    /** How often a capture, void or refund is tried before it is parked for an operator (docs/operations.md). */
    @Bean
    OperationAttempts paymentOperationAttempts(@Value("${order-service.payment.max-operation-attempts:5}") int limit) {
        return new OperationAttempts(limit);
    }

    /** How long each gateway holds an authorisation, and how long before that it is renewed (docs/payments.md). */
    @Bean
    AuthorisationLifetimes authorisationLifetimes(AuthorisationLifetimeProperties properties) {
        return properties.toLifetimes();
    }
}
