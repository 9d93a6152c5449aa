package io.orderservice.shared.web;

import io.orderservice.shared.Caller;
import io.orderservice.shared.RequestKey;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API description springdoc serves at /v3/api-docs and that docs/openapi.yaml must equal. The
 * server is relative so that the document does not change with the port the service listens on.
 * Two corrections to what springdoc derives, so that the document says what the service answers (the
 * end-to-end tests check every response against it): a property that is not required may be null (the
 * service writes nulls rather than leaving fields out), and a problem may carry extension members
 * (RFC 9457 §3.2) next to the standard ones, whose {@code instance} is a relative reference.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String BEARER = "bearer";

    static {
        // Filled from the bearer token (CallerFromToken), not a parameter of any operation.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
        // Filled from the Idempotency-Key header (RequestKeyFromHeader), documented on the operations that honour it.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(RequestKey.class);
    }

    @Bean
    OpenAPI orderServiceApi() {
        return new OpenAPI()
                .info(new Info().title("Order Service API").version("v1")
                        .description("Takes a storefront's cart to a paid, shipped, delivered (and sometimes returned) "
                                + "order. Every error is an RFC 9457 problem (application/problem+json); the problem "
                                + "types are listed in docs/api.md.")
                        .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0"))
                        .contact(new Contact().name("Order Service maintainers (see README.md)")))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("A JWT access token from the shop's OpenID Connect issuer, or locally from the embedded "
                                + "authorization server (POST /oauth2/token, client credentials of a demo client). Verified as "
                                + "RFC8725 (JWT best current practices) asks: signature by the issuer's published key (RS256, "
                                + "never 'none'), expiry, not-before and audience. Each operation lists the roles that may call it "
                                + "(docs/security.md)"))
                        .addSecuritySchemes("orderAccessToken", new SecurityScheme()
                                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name(GuestOrderTokens.HEADER)
                                .description("A guest order's access token, given once in the answer that placed it (accessToken): "
                                        + "reads, cancels and tracks that one order (docs/security.md)")))
                .servers(List.of(new Server().url("/")
                        .description("This service, wherever it runs (local, staging or production): the same API")
                        .extensions(Map.of("x-internal", true))));
    }

    @Bean
    OpenApiCustomizer problemsAndOptionalNulls() {
        return openApi -> {
            Map<String, Schema> schemas = openApi.getComponents() == null ? Map.of() : openApi.getComponents().getSchemas();
            schemas.values().forEach(OpenApiConfiguration::optionalPropertiesMayBeNull);
            if (openApi.getPaths() != null) {
                openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                    bearerTokenUnlessSigned(operation);
                    commonProblems(operation);
                    parameterLengths(operation);
                }));
            }
            var problem = schemas.get("ProblemDetail");
            if (problem != null && problem.getProperties() != null) {
                problem.getProperties().remove("properties"); // ProblemDetail's map, serialised as members, not as a field
                ((Schema<?>) problem.getProperties().get("instance")).setFormat("uri-reference");
                problem.setAdditionalProperties(true);
            }
        };
    }

    /**
     * Every operation needs a bearer token (401 without a valid one, 403 without the role), except those that declare
     * an empty security requirement ({@code @SecurityRequirements}): the webhooks, which are signed instead.
     */
    private static void bearerTokenUnlessSigned(Operation operation) {
        if (operation.getSecurity() != null && operation.getSecurity().isEmpty()) {
            return;
        }
        if (operation.getSecurity() == null) {
            // The bootstrap ring, which decides who may call what, lists the roles in this requirement.
            operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
        }
        var problem = new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail")));
        var challenge = new Header().description("The bearer challenge (RFC 6750), with the error when a token was refused")
                .schema(new Schema<>().types(Set.of("string")).pattern("^Bearer").maxLength(1024));
        operation.getResponses().addApiResponse("401", new ApiResponse()
                .description("No bearer token, or one that is expired, badly signed or not meant for this service (unauthenticated)")
                .addHeaderObject("WWW-Authenticate", challenge).content(problem));
        operation.getResponses().addApiResponse("403", new ApiResponse()
                .description("The token's roles do not allow this operation (forbidden; docs/security.md)")
                .addHeaderObject("WWW-Authenticate", challenge).content(problem));
    }

    /**
     * What any operation may answer: 400 for a malformed parameter, URL or header, 406 for an Accept it cannot meet,
     * 413 and 415 for a body too large or not JSON, 429 beyond the rate limits, 500 for a bug (internal-error, nothing
     * more said). Operations document their own 400 when they have a body.
     */
    private static void commonProblems(Operation operation) {
        var problem = new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail")));
        operation.getResponses().addApiResponse("429", new ApiResponse()
                .description("More requests from this client than order-service.rate-limit allows per window (too-many-requests); "
                        + "try again after Retry-After")
                .addHeaderObject("Retry-After", new Header().description("Seconds until the next window")
                        .schema(new Schema<>().types(Set.of("integer")).format("int32").minimum(java.math.BigDecimal.ONE).maximum(java.math.BigDecimal.valueOf(86_400))))
                .content(problem));
        if (!operation.getResponses().containsKey("400")) {
            operation.getResponses().addApiResponse("400", new ApiResponse()
                    .description("A parameter of the wrong shape (e.g. an id that is not a UUID), or a URL, header or parameter "
                            + "with characters the input policy refuses (docs/reliability.md)").content(problem));
        }
        operation.getResponses().addApiResponse("406", new ApiResponse()
                .description("The Accept header names no media type this operation answers with").content(problem));
        if (operation.getRequestBody() != null) {
            operation.getResponses().addApiResponse("413", new ApiResponse()
                    .description("The body is larger than order-service.input.max-body-size (body-too-large); nothing was read")
                    .content(problem));
            operation.getResponses().addApiResponse("415", new ApiResponse()
                    .description("The body is not of a media type this operation reads (application/json)").content(problem));
        }
        operation.getResponses().addApiResponse("500", new ApiResponse()
                .description("A failure of the service itself (internal-error); the detail says nothing more, the log has it")
                .content(problem));
        operation.getResponses().forEach((status, response) -> {
            if (status.startsWith("2") || status.startsWith("4")) {
                response.addHeaderObject("RateLimit-Limit", rateLimitHeader("Requests this client may make per window"));
                response.addHeaderObject("RateLimit-Remaining", rateLimitHeader("Requests left in this window"));
                response.addHeaderObject("RateLimit-Reset", rateLimitHeader("Seconds until the window turns"));
            }
            response.addHeaderObject("Access-Control-Allow-Origin", new Header()
                    .description("For browser requests from an origin listed in order-service.web.cors.allowed-origins")
                    .schema(new Schema<>().types(Set.of("string")).format("uri").maxLength(2048)));
        });
    }

    /**
     * The lengths parsing already enforces, written down: a UUID has 36 characters, an ISO-8601 instant or date
     * fewer than 40, an If-Match naming a version 24 at most (anything longer is no version and refused).
     */
    private static void parameterLengths(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (var parameter : operation.getParameters()) {
            var schema = parameter.getSchema();
            if (schema == null || schema.getMaxLength() != null || schema.getEnum() != null) {
                continue;
            }
            if ("uuid".equals(schema.getFormat())) {
                schema.setMaxLength(36);
            } else if ("date-time".equals(schema.getFormat()) || "date".equals(schema.getFormat())) {
                schema.setMaxLength(40);
            } else if ("If-Match".equalsIgnoreCase(parameter.getName())) {
                schema.setMaxLength(24);
            }
        }
    }

    private static Header rateLimitHeader(String description) {
        return new Header().description(description + " (order-service.rate-limit; IETF httpapi RateLimit headers draft)")
                .schema(new Schema<>().types(Set.of("integer")).format("int32").minimum(java.math.BigDecimal.ZERO)
                        .maximum(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void optionalPropertiesMayBeNull(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        var required = schema.getRequired() == null ? Set.of() : Set.copyOf(schema.getRequired());
        schema.getProperties().forEach((name, property) -> {
            if (required.contains(name) || property.get$ref() != null) {
                return;
            }
            var types = property.getTypes() != null ? new LinkedHashSet<>(property.getTypes())
                    : property.getType() != null ? new LinkedHashSet<>(List.of(property.getType())) : null;
            if (types == null || types.contains("null") || types.contains("integer") || types.contains("boolean")
                    || types.contains("number")) {
                return;
            }
            types.add("null");
            ((Schema) property).setTypes(types);
            if (property.getEnum() != null && !property.getEnum().contains(null)) {
                ((Schema) property).addEnumItemObject(null);
            }
            optionalPropertiesMayBeNull(property);
        });
    }
}
