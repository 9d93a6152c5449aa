package io.orderservice.platform.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How tokens name who calls ({@code order-service.security}, docs/security.md). The issuer itself is Spring
 * Boot's {@code spring.security.oauth2.resourceserver.jwt.*}; without one, only the local default runs.
 *
 * @param rolesClaim     where a token lists its roles: a claim name, or a dotted path into nested claims
 *                       ({@code realm_access.roles} for Keycloak realm roles)
 * @param customerClaim  the claim naming the customer a storefront acts for (a customer's own token names
 *                       them as its subject)
 * @param locationsClaim the claim listing the stock locations a warehouse token may act for (none: all)
 * @param local          the embedded authorization server of the local default
 */
@ConfigurationProperties("order-service.security")
public record ApiSecurityProperties(@DefaultValue("roles") String rolesClaim,
                                    @DefaultValue("customer_id") String customerClaim,
                                    @DefaultValue("locations") String locationsClaim,
                                    @DefaultValue LocalIssuer local) {

    /**
     * @param tokenLifetime how long its access tokens are valid
     * @param clients       demo clients by client id: client credentials for each role and demo customer
     */
    public record LocalIssuer(@DefaultValue("PT1H") Duration tokenLifetime, Map<String, DemoClient> clients) {
        public LocalIssuer {
            clients = clients == null ? Map.of() : Map.copyOf(clients);
        }
    }

    /**
     * @param secret    the client secret (demo only: a local default)
     * @param roles     the roles its tokens carry
     * @param customer  the customer its tokens speak for: the subject of a customer's token, the customer a
     *                  storefront acts for
     * @param locations the stock locations a warehouse client acts for (none: all)
     */
    public record DemoClient(String secret, List<String> roles, String customer, List<String> locations) {
        public DemoClient {
            roles = roles == null ? List.of() : List.copyOf(roles);
            locations = locations == null ? List.of() : List.copyOf(locations);
        }
    }
}
