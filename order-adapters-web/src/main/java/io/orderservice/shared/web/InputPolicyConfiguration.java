package io.orderservice.shared.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

    @Bean
    JacksonJsonHttpMessageConverter jacksonJsonHttpMessageConverter(JsonMapper json) {
        return new JacksonJsonHttpMessageConverter(json.rebuild().addModule(new RequestBodyPolicy(policy)).build());
    }
}
