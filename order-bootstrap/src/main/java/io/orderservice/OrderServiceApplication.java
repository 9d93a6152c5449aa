package io.orderservice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Order Service: one deployable whose Maven modules are the hexagonal rings and whose top-level
 * packages are the business capabilities (docs/architecture.md).
 */
// The embedded authorization server is configured by platform.security under the local defaults only; Boot's own
// would otherwise register a signing key (and a decoder trusting it) in every configuration.
@SpringBootApplication(exclude = {OAuth2AuthorizationServerAutoConfiguration.class,
        OAuth2AuthorizationServerJwtAutoConfiguration.class})
@ConfigurationPropertiesScan
@EnableScheduling
public class OrderServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(OrderServiceApplication.class, args);
    }
}
