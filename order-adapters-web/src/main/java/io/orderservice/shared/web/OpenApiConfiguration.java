package io.orderservice.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API description springdoc serves at /v3/api-docs and that docs/openapi.yaml must equal. The
 * server is relative so that the document does not change with the port the service listens on.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI orderServiceApi() {
        return new OpenAPI()
                .info(new Info().title("Order Service API").version("v1")
                        .description("Takes a storefront's cart to a paid, shipped, delivered (and sometimes returned) "
                                + "order. Every error is an RFC 9457 problem (application/problem+json); the problem "
                                + "types are listed in docs/api.md.")
                        .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
                .servers(List.of(new Server().url("/").description("This service")));
    }
}
