package io.orderservice.shared.web;

import io.orderservice.shared.Caller;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Fills a handler's {@link Caller} parameter from the request's verified bearer token: its subject, the roles the
 * security configuration granted ({@code ROLE_*}), the customer (the subject of a customer's token, the
 * {@code order-service.security.customer-claim} of a storefront's) and the locations claim. The application ring
 * decides with it; it never sees a token.
 */
@Configuration(proxyBeanMethods = false)
public class CallerFromToken implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    private final String customerClaim;
    private final String locationsClaim;

    public CallerFromToken(@Value("${order-service.security.customer-claim:customer_id}") String customerClaim,
                    @Value("${order-service.security.locations-claim:locations}") String locationsClaim) {
        this.customerClaim = customerClaim;
        this.locationsClaim = locationsClaim;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer, NativeWebRequest webRequest,
                                  WebDataBinderFactory binderFactory) {
        return current();
    }

    /** The caller of the request being handled. */
    public Caller current() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof CallerAuthentication ticket) {
            return ticket.caller();
        }
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            throw new InsufficientAuthenticationException("this operation needs a bearer token");
        }
        var roles = EnumSet.noneOf(Role.class);
        token.getAuthorities().forEach(authority -> {
            var name = authority.getAuthority();
            if (name != null && name.startsWith("ROLE_")) {
                Role.ofTokenName(name.substring(5).replace('_', '-')).ifPresent(roles::add);
            }
        });
        var jwt = token.getToken();
        String customer = roles.contains(Role.CUSTOMER) ? jwt.getSubject() : jwt.getClaimAsString(customerClaim);
        return new Caller(token.getName(), roles, customer == null || customer.isBlank() ? null : new CustomerId(customer),
                locations(jwt.getClaims().get(locationsClaim)));
    }

    private static Set<String> locations(Object claim) {
        if (claim instanceof Collection<?> values) {
            return Set.copyOf(values.stream().filter(String.class::isInstance).map(String.class::cast).toList());
        }
        return claim instanceof String single ? Set.of(single) : Set.of();
    }
}
