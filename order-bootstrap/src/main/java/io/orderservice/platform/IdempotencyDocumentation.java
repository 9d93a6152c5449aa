package io.orderservice.platform;

import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * docs/openapi.yaml names the {@code Idempotency-Key} header, its 409 and 422, and the replay marker on exactly the
 * operations {@link IdempotencyKeys} honours it on, read from the same setting.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyDocumentation {

    @Bean
    OpenApiCustomizer idempotencyKeysPerOperation(IdempotencyProperties properties) {
        var patterns = properties.paths().stream().map(PathPatternParser.defaultInstance::parse).toList();
        return openApi -> openApi.getPaths().forEach((path, item) -> {
            var operation = item.getPost();
            var concrete = PathContainer.parsePath(path);
            if (operation == null || patterns.stream().noneMatch(pattern -> pattern.matches(concrete))) {
                return;
            }
            if (operation.getParameters() != null) {
                operation.getParameters().removeIf(parameter -> IdempotencyKeys.HEADER.equals(parameter.getName()));
            }
            operation.addParametersItem(new Parameter().in("header").name(IdempotencyKeys.HEADER).required(false)
                    .description("A unique key per intended request (e.g. a UUID), 1 to 255 visible ASCII characters, "
                            + "the caller's own; send the same key when retrying the same request (docs/api.md)")
                    .schema(new Schema<>().types(Set.of("string")).minLength(1).maxLength(255).pattern("^[\\x21-\\x7E]+$")));
            var problem = new Content().addMediaType("application/problem+json",
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail")));
            operation.getResponses().putIfAbsent("409", new ApiResponse()
                    .description("The first request with this Idempotency-Key is still being processed (idempotency-key-in-flight)")
                    .content(problem));
            operation.getResponses().putIfAbsent("422", new ApiResponse()
                    .description("This Idempotency-Key was used with another body (idempotency-key-reused)").content(problem));
            var replayed = new Schema<String>().types(Set.of("string"));
            replayed.setEnum(List.of("true"));
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    response.addHeaderObject("Idempotent-Replayed", new Header()
                            .description("true when this is the kept answer to an earlier request with the same key").schema(replayed));
                }
            });
        });
    }
}
