package io.orderservice.shared.web;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Which web pages may call the API from a browser (CORS): none unless
 * {@code order-service.web.cors.allowed-origins} names them. Storefront backends and operators' tools call
 * it server to server, where CORS plays no part.
 */
@Configuration(proxyBeanMethods = false)
class BrowserOrigins implements WebMvcConfigurer {

    private final List<String> allowedOrigins;

    BrowserOrigins(@Value("${order-service.web.cors.allowed-origins:}") List<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins.stream().filter(origin -> !origin.isBlank()).toList();
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        if (!allowedOrigins.isEmpty()) {
            registry.addMapping("/api/**").allowedOrigins(allowedOrigins.toArray(String[]::new))
                    .allowedMethods("GET", "POST", "PUT", "DELETE")
                    .exposedHeaders("ETag", "Location", "Retry-After", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");
        }
    }
}
