package io.orderservice.shared.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts the {@link InputPolicy} where input arrives: the JSON converter that reads request bodies (its own copy of the
 * application's mapper, with {@link RequestBodyPolicy}); decimal parameters are {@link DecimalParameters}', parameter
 * and header text the firewall's (platform security), body size {@link RequestBodyLimit}'s.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InputLimits.class)
class InputPolicyConfiguration {

    private final InputPolicy policy;

    InputPolicyConfiguration(InputLimits limits) {
        this.policy = new InputPolicy(limits);
    }

    @Bean
    InputPolicy inputPolicy() {
        return policy;
    }

    /**
     * The server's JSON converter (which reads request bodies) with the policy, in place of the one Spring Boot's own
     * customizer ({@code @Order(0)}) sets; the client side, which reads what gateways answer, is left as it is.
     */
    @Bean
    @Order(1)
    ServerHttpMessageConvertersCustomizer requestBodyPolicy(JsonMapper json) {
        var converter = new JacksonJsonHttpMessageConverter(json.rebuild().addModule(new RequestBodyPolicy(policy)).build());
        return builder -> builder.withJsonConverter(converter);
    }
}
