package io.orderservice.platform.security;

import io.orderservice.shared.Role;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * docs/openapi.yaml says which roles may call each operation: the bearer requirement lists them, read from
 * {@link ApiAccessRules}, the rules the service enforces. An operation with neither a rule nor an empty security
 * requirement (a signed webhook) makes the description fail, so no endpoint ships without a rule.
 */
@Configuration(proxyBeanMethods = false)
class ApiAccessDocumentation {

    private static final String BEARER = "bearer";
    private static final String ORDER_ACCESS_TOKEN = "orderAccessToken";

    @Bean
    OpenApiCustomizer rolesPerOperation() {
        return openApi -> openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (operation.getSecurity() != null && operation.getSecurity().isEmpty()) {
                return;
            }
            var rule = ApiAccessRules.RULES.stream()
                    .filter(candidate -> candidate.method().equals(HttpMethod.valueOf(method.name())) && candidate.path().equals(path))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(method + " " + path + " has no rule in ApiAccessRules"));
            List<String> roles = rule.roles().stream().filter(role -> role != Role.GUEST).map(Role::tokenName).toList();
            var bearer = new SecurityRequirement().addList(BEARER, roles);
            // A guest order's own access token is the other way in, where a guest may.
            operation.setSecurity(rule.roles().contains(Role.GUEST)
                    ? List.of(bearer, new SecurityRequirement().addList(ORDER_ACCESS_TOKEN)) : List.of(bearer));
        }));
    }
}
