package io.orderservice.platform.security;

import io.orderservice.shared.Role;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** How a bearer token becomes a caller: its signature, lifetime and audience checked, its roles read. */
final class TokenVerification {

    private TokenVerification() {
    }

    /** The decoder with the default checks (expiry, not-before) and, when audiences are configured, one of them. */
    static JwtDecoder decoder(JwtDecoder decoder, Collection<String> audiences) {
        OAuth2TokenValidator<Jwt> validator = JwtValidators.createDefault();
        if (!audiences.isEmpty()) {
            validator = new DelegatingOAuth2TokenValidator<>(validator, new JwtClaimValidator<List<String>>("aud",
                    aud -> aud != null && aud.stream().anyMatch(audiences::contains)));
        }
        ((NimbusJwtDecoder) decoder).setJwtValidator(validator);
        return decoder;
    }

    /** Authorities {@code ROLE_<ROLE>} for each role the token names at the configured claim; unknown names grant nothing. */
    static Converter<Jwt, AbstractAuthenticationToken> roles(ClaimPath rolesClaim) {
        return jwt -> {
            var authorities = rolesClaim.strings(jwt.getClaims()).stream()
                    .map(Role::ofTokenName)
                    .flatMap(Optional::stream)
                    .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                    .toList();
            return new JwtAuthenticationToken(jwt, authorities, Objects.requireNonNullElse(jwt.getSubject(), ""));
        };
    }
}
