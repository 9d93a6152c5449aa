package io.orderservice;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * docs/openapi.yaml is the API as the service serves it, not as someone remembers it. When they differ
 * this test fails and leaves the served document in target/openapi.yaml; run the build with
 * {@code -Dorder-service.docs.update=true} to write it into docs/ instead.
 */
@OrderServiceIntegrationTest
class OpenApiDocumentIT {

    private static final Path CHECKED_IN = Path.of("..", "docs", "openapi.yaml");

    @LocalServerPort
    int port;

    @Test
    void theCheckedInDocumentIsTheServedOne() throws IOException {
        var served = new Http(port).get("/v3/api-docs.yaml");
        assertThat(served.status()).isEqualTo(200);

        Files.writeString(Path.of("target", "openapi.yaml"), served.body());
        if (Boolean.getBoolean("order-service.docs.update")) {
            Files.writeString(CHECKED_IN, served.body());
        }
        var yaml = YAMLMapper.builder().build();
        assertThat(Files.exists(CHECKED_IN)).as("docs/openapi.yaml exists").isTrue();
        assertThat(yaml.readTree(Files.readString(CHECKED_IN)))
                .as("docs/openapi.yaml equals what /v3/api-docs.yaml serves (see target/openapi.yaml)")
                .isEqualTo(yaml.readTree(served.body()));
    }
}
