package io.orderservice.platform.security;

import io.orderservice.shared.Role;
import io.orderservice.shared.web.GuestOrderTokens;
import io.orderservice.shared.web.InputPolicy;
import io.orderservice.shared.web.ProblemResponses;
import io.orderservice.shared.web.StreamTickets;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Every {@code /api/**} operation needs a bearer token (JWT) whose roles {@link ApiAccessRules} allow; the signed
 * webhooks, health probes and the API's own description are open. Tokens come from the embedded authorization
 * server in the local default, otherwise from the issuer Spring Boot's {@code spring.security.oauth2.resourceserver.jwt.*}
 * names — without either the service does not start. A missing or bad token is a 401 problem, a token without the
 * role a 403 problem, both with {@code WWW-Authenticate}.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ObjectProvider<JwtDecoder> tokens, ApiSecurityProperties properties,
                            Environment environment, StreamTickets tickets,
                            GuestOrderTokens guestTokens, Clock clock) throws Exception {
        // On a port of their own, actuator endpoints are served there only, to scrapers that carry no token; that port
        // stays off the public network (docs/operations.md). Shared with the API, all but health and info need admin.
        boolean ownManagementPort = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
        var decoder = tokens.getIfAvailable(() -> {
            throw new IllegalStateException("No token issuer is configured: set spring.security.oauth2.resourceserver.jwt.issuer-uri "
                    + "(or jwk-set-uri) to your OpenID Connect issuer, or run the local default (no spring.datasource.url, or the "
                    + "'local' profile) with its embedded authorization server. docs/security.md");
        });
        var verified = new VerifiedTokens(decoder, 10_000, Duration.ofMinutes(5), clock);
        var problems = new SecurityProblems();
        return http
                .authorizeHttpRequests(requests -> {
                    requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll();
                    requests.requestMatchers(ApiAccessRules.SIGNED_WEBHOOKS.toArray(String[]::new)).permitAll();
                    for (var rule : ApiAccessRules.RULES) {
                        requests.requestMatchers(rule.method(), rule.path())
                                .hasAnyRole(rule.roles().stream().map(Role::name).toArray(String[]::new));
                    }
                    requests.requestMatchers("/api/**").denyAll();
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/livez", "/readyz")
                            .permitAll();
                    if (ownManagementPort) {
                        requests.requestMatchers("/actuator/**").permitAll();
                    } else {
                        requests.requestMatchers("/actuator/**").hasRole(Role.ADMIN.name());
                    }
                    requests.anyRequest().permitAll();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(verified)
                                .jwtAuthenticationConverter(TokenVerification.roles(new ClaimPath(properties.rolesClaim()))))
                        .authenticationEntryPoint(problems::unauthenticated)
                        .accessDeniedHandler(problems::forbidden))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems::unauthenticated)
                        .accessDeniedHandler(problems::forbidden))
                .addFilterBefore(new StreamTicketFilter(tickets, problems), BearerTokenAuthenticationFilter.class)
                .addFilterBefore(new GuestOrderTokenFilter(guestTokens, problems), BearerTokenAuthenticationFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Bearer tokens, never cookies: nothing a cross-site request could ride on.
                .csrf(AbstractHttpConfigurer::disable)
                .cors(Customizer.withDefaults())
                .build();
    }

    /**
     * The firewall's checks as Spring Security has them, with header values (and names) checked for control characters
     * by a loop rather than the default regular expression, which cost as much per request as verifying the token
     * (docs/performance.md), and parameters held to the input policy (no control characters, bounded length), which
     * the default leaves open.
     */
    @Bean
    StrictHttpFirewall httpFirewall(InputPolicy policy) {
        var firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(ApiSecurity::printable);
        firewall.setAllowedHeaderValues(ApiSecurity::printable);
        firewall.setAllowedParameterNames(policy::acceptsLine);
        firewall.setAllowedParameterValues(policy::acceptsLine);
        return firewall;
    }

    /** A request the firewall refuses outright (an encoded NUL, CR or LF, {@code ..} in a path) is a 400 problem. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> ProblemResponses.write(response, request, HttpStatus.BAD_REQUEST,
                "invalid-request", "Invalid request", "The request's URL or headers contain something this service does not accept");
    }

    private static boolean printable(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix().role(Role.SUPPORT_LEAD.name()).implies(Role.SUPPORT.name()).build();
    }
}
