package io.orderservice.platform.security;

import static io.orderservice.support.Http.orderJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import io.orderservice.support.Tokens;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call at all: no token, or a token that is expired, signed by another key or meant for another service, is a
 * 401 problem with the bearer challenge; a valid token without the role is a 403 problem; nothing changes either way.
 * Tokens come from the embedded authorization server over HTTP; the refused ones are made here with its own key (or
 * another), as a forger or a stale client would present them.
 */
@OrderServiceIntegrationTest
class ApiAuthenticationIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JWKSource<SecurityContext> localSigningKey;

    @Test
    void withoutATokenTheApiAnswers401AndStoresNothing() {
        long before = orders();
        var anonymous = Http.anonymous(port);

        var placed = anonymous.postJson("/api/v1/orders", orderJson("customer-42", "EUR",
                "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_approve"));
        var listed = anonymous.get("/api/v1/orders");

        for (var refused : List.of(placed, listed)) {
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("type").asString()).isEqualTo("urn:order-service:problem:unauthenticated");
        }
        assertThat(raw(null).headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer")
                .doesNotContain("error=");
        assertThat(orders()).isEqualTo(before);
    }

    @Test
    void expiredForgedAndForeignTokensAre401InvalidToken() throws Exception {
        var ownKey = localSigningKey;
        var otherKey = new ImmutableJWKSet<SecurityContext>(new JWKSet(new RSAKeyGenerator(2048).keyID("forger").generate()));
        var now = Instant.now();

        var expired = sign(ownKey, claims(now.minusSeconds(7200), now.minusSeconds(3600), List.of("order-service")));
        var forged = sign(otherKey, claims(now, now.plusSeconds(3600), List.of("order-service")));
        var foreign = sign(ownKey, claims(now, now.plusSeconds(3600), List.of("another-service")));
        var valid = sign(ownKey, claims(now, now.plusSeconds(3600), List.of("order-service")));

        for (var refused : List.of(expired, forged, foreign, "not-a-jwt")) {
            var response = raw(refused);
            assertThat(response.statusCode()).as(refused).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("invalid_token");
            assertThat(JSON.readTree(response.body()).get("type").asString()).isEqualTo("urn:order-service:problem:unauthenticated");
        }
        assertThat(raw(valid).statusCode()).as("the same claims, current, signed by the issuer, for this service").isEqualTo(200);
    }

    @Test
    void aValidTokenWithoutTheRoleIs403AndChangesNothing() {
        var placed = new Http(port).postJson("/api/v1/orders", orderJson("customer-42", "EUR",
                "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_approve"));
        var orderId = placed.json().get("id").asString();
        long version = version(orderId);

        var shipped = Http.as(port, "customer-42").postJson("/api/v1/orders/" + orderId + "/ship",
                "{\"carrier\": \"dhl\", \"trackingNumber\": \"JD0000000000000001\"}");

        assertThat(shipped.status()).isEqualTo(403);
        assertThat(shipped.json().get("type").asString()).isEqualTo("urn:order-service:problem:forbidden");
        assertThat(version(orderId)).isEqualTo(version);
    }

    @Test
    void aDemoCustomersTokenNamesTheCustomerItsRolesAndThisService() {
        var token = Tokens.of("http://localhost:" + port, "customer-42");
        var claims = JSON.readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));

        assertThat(claims.get("sub").asString()).isEqualTo("customer-42");
        assertThat(claims.get("roles").get(0).asString()).isEqualTo("customer");
        var audience = claims.get("aud");
        assertThat(audience.isArray() ? audience.get(0).asString() : audience.asString()).isEqualTo("order-service");
    }

    private static JwtClaimsSet claims(Instant issuedAt, Instant expiresAt, List<String> audience) {
        return JwtClaimsSet.builder().subject("test-staff").issuedAt(issuedAt).expiresAt(expiresAt).audience(audience)
                .claim("roles", List.of("support")).build();
    }

    private static String sign(JWKSource<SecurityContext> key, JwtClaimsSet claims) {
        return new NimbusJwtEncoder(key).encode(JwtEncoderParameters.from(claims)).getTokenValue();
    }

    /** GET /api/v1/orders with this bearer token, or none. */
    private HttpResponse<String> raw(String token) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/orders?limit=1")).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return Http.exchange(request, null);
    }

    private long orders() {
        return jdbc.sql("SELECT count(*) FROM orders").query(Long.class).single();
    }

    private long version(String orderId) {
        return jdbc.sql("SELECT version FROM orders WHERE id = ?::uuid").param(orderId).query(Long.class).single();
    }
}
