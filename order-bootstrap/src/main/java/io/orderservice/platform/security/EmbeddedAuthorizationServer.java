package io.orderservice.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.orderservice.platform.ConditionalOnLocalDefaults;
import io.orderservice.shared.Role;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The local default's token issuer, like the embedded PostgreSQL: Spring Authorization Server inside the service,
 * issuing client-credentials tokens to the demo clients of {@code order-service.security.local.clients} (one per
 * role, and demo customers whose tokens have the customer as subject). Its key is kept in the database
 * ({@link PersistentSigningKey}), so tokens outlive a restart. It runs only under the local defaults and when no
 * issuer is configured; the service then verifies tokens with the same key, in process.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnLocalDefaults
@ConditionalOnExpression("'${spring.security.oauth2.resourceserver.jwt.issuer-uri:}${spring.security.oauth2.resourceserver.jwt.jwk-set-uri:}'.isEmpty()")
class EmbeddedAuthorizationServer {

    /** Client settings under which a demo client's roles, customer and locations travel to the token customizer. */
    static final String ROLES = "order-service.roles";
    static final String CUSTOMER = "order-service.customer";
    static final String LOCATIONS = "order-service.locations";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain authorizationServerEndpoints(HttpSecurity http) throws Exception {
        return http
                .oauth2AuthorizationServer(server -> http.securityMatcher(server.getEndpointsMatcher()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .csrf(csrf -> csrf.disable())
                .cors(Customizer.withDefaults())
                .build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }

    @Bean
    RSAKey localKeyPair(JdbcClient jdbc) {
        return PersistentSigningKey.loadOrCreate(jdbc);
    }

    @Bean
    JWKSource<SecurityContext> localSigningKey(RSAKey localKeyPair) {
        return new ImmutableJWKSet<>(new JWKSet(localKeyPair));
    }

    /**
     * Verifies the tokens this issuer signed: the same key's public half, and the audience of the resource server's
     * settings. Given as the key itself rather than a key set, so that no request converts the JWK again (a third of
     * the cost of verifying a token, measured in docs/performance.md).
     */
    @Bean
    JwtDecoder localTokens(RSAKey localKeyPair, OAuth2ResourceServerProperties resourceServer) throws JOSEException {
        return TokenVerification.decoder(NimbusJwtDecoder.withPublicKey(localKeyPair.toRSAPublicKey()).build(),
                resourceServer.getJwt().getAudiences());
    }

    @Bean
    RegisteredClientRepository demoClients(ApiSecurityProperties properties) {
        var local = properties.local();
        var clients = local.clients().entrySet().stream()
                .map(client -> demoClient(client.getKey(), client.getValue(), local))
                .toList();
        return new InMemoryRegisteredClientRepository(clients.isEmpty() ? List.of(placeholder(local)) : clients);
    }

    /** A client in the shape the demo clients have, for tests and tools that register more of them. */
    static RegisteredClient demoClient(String clientId, ApiSecurityProperties.DemoClient client,
                                       ApiSecurityProperties.LocalIssuer local) {
        var settings = ClientSettings.builder()
                .setting(ROLES, client.roles())
                .setting(LOCATIONS, client.locations());
        if (client.customer() != null) {
            settings.setting(CUSTOMER, client.customer());
        }
        return RegisteredClient.withId(UUID.nameUUIDFromBytes(clientId.getBytes(StandardCharsets.UTF_8)).toString())
                .clientId(clientId)
                .clientSecret("{noop}" + client.secret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(settings.build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(local.tokenLifetime()).build())
                .build();
    }

    /** The in-memory repository needs one client; this one has no secret anybody knows and no role. */
    private static RegisteredClient placeholder(ApiSecurityProperties.LocalIssuer local) {
        return demoClient("no-client", new ApiSecurityProperties.DemoClient(UUID.randomUUID().toString(), List.of(), null,
                List.of()), local);
    }

    /**
     * Access tokens carry what the resource server reads: the roles under the configured claim, the customer as
     * subject of a customer's token (or as the customer claim of a storefront's), the locations, and the audience.
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> demoClaims(ApiSecurityProperties properties,
                                                         OAuth2ResourceServerProperties resourceServer) {
        return context -> {
            if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                return;
            }
            var settings = context.getRegisteredClient().getClientSettings();
            List<String> roles = settings.getSetting(ROLES);
            List<String> locations = settings.getSetting(LOCATIONS);
            String customer = settings.getSetting(CUSTOMER);
            context.getClaims().claims(claims -> {
                var rolesClaim = new ClaimPath(properties.rolesClaim()).nest(roles == null ? List.of() : roles);
                claims.put(rolesClaim.getKey(), rolesClaim.getValue());
                if (locations != null && !locations.isEmpty()) {
                    claims.put(properties.locationsClaim(), locations);
                }
                var audiences = resourceServer.getJwt().getAudiences();
                if (!audiences.isEmpty()) {
                    claims.put("aud", audiences);
                }
            });
            if (customer != null) {
                if (roles != null && roles.contains(Role.CUSTOMER.tokenName())) {
                    context.getClaims().subject(customer);
                } else {
                    context.getClaims().claim(properties.customerClaim(), customer);
                }
            }
        };
    }
}
