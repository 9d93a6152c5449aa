package io.orderservice.payment.gateway.http;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * One {@link HttpPaymentGateway} bean per entry of {@code order-service.payment.http-gateways} (and its
 * {@link HttpPaymentWebhooks} when a webhook secret is configured), each with its own Resilience4j instances named {@code payment-<name>} (built from the {@code payment-gateway}
 * configs in application.yaml, overridable per instance). None configured, none registered.
 */
@Component
class HttpPaymentGatewaysRegistrar implements BeanDefinitionRegistryPostProcessor, EnvironmentAware {

    static final String PREFIX = "order-service.payment.http-gateways";
    static final String RESILIENCE_CONFIG = "payment-gateway";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        Map<String, HttpGatewayProperties> gateways = Binder.get(environment)
                .bind(PREFIX, Bindable.mapOf(String.class, HttpGatewayProperties.class)).orElse(Map.of());
        var beans = (BeanFactory) registry;
        gateways.forEach((name, properties) -> {
            var instance = "payment-" + name;
            var definition = new RootBeanDefinition(HttpPaymentGateway.class, () -> new HttpPaymentGateway(name, properties,
                    beans.getBean(RetryRegistry.class).retry(instance, RESILIENCE_CONFIG),
                    beans.getBean(CircuitBreakerRegistry.class).circuitBreaker(instance, RESILIENCE_CONFIG),
                    beans.getBean(RateLimiterRegistry.class).rateLimiter(instance, RESILIENCE_CONFIG),
                    beans.getBean(BulkheadRegistry.class).bulkhead(instance, RESILIENCE_CONFIG)));
            registry.registerBeanDefinition("httpPaymentGateway-" + name, definition);
            if (properties.webhookSecret() != null && !properties.webhookSecret().isBlank()) {
                registry.registerBeanDefinition("httpPaymentWebhooks-" + name, new RootBeanDefinition(HttpPaymentWebhooks.class,
                        () -> new HttpPaymentWebhooks(name, properties, beans.getBean(Clock.class))));
            }
        });
    }
}
