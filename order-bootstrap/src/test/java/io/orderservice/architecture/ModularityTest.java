package io.orderservice.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.OrderServiceApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.util.ApplicationModulesExporter;
import org.springframework.modulith.docs.Documenter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The capabilities as Spring Modulith sees them, across all rings: no cycles, no reaching into another
 * capability's internals, only the dependencies each package-info allows. Also writes the module
 * diagrams that docs/architecture.md links to, and checks the module metadata the service starts from.
 */
class ModularityTest {

    private static final Path DIAGRAMS = Path.of("..", "docs", "modules");
    /** Where Spring Modulith's runtime and its actuator endpoint read the modules from instead of scanning for them. */
    private static final Path METADATA = Path.of("src", "main", "resources", "META-INF", "spring-modulith", "application-modules.json");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
    private static final ApplicationModules MODULES = ApplicationModules.of(OrderServiceApplication.class);

    @Test
    void capabilitiesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagramsIntoDocs() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (var files = Files.list(DIAGRAMS)) {
            for (var diagram : files.filter(file -> file.toString().endsWith(".puml")).toList()) {
                sortRelations(diagram);
            }
        }
    }

    /**
     * Without this file, Spring Modulith scans every class of the service with ArchUnit when it starts (for its module
     * identifiers and its actuator endpoint): twelve seconds of a two-core machine's start-up, every start. The file is
     * what Spring Boot's AOT processing would write; this test keeps it true to the modules. When they differ it fails
     * and leaves the current one in target/; {@code -Dorder-service.docs.update=true} writes it into src/main/resources.
     */
    @Test
    void theModuleMetadataTheServiceStartsFromIsTheModules() throws IOException {
        var current = sorted(JSON.readTree(new ApplicationModulesExporter(MODULES).toJson()));
        var rendered = JSON.writeValueAsString(current) + System.lineSeparator();
        Files.writeString(Path.of("target", "application-modules.json"), rendered);
        if (Boolean.getBoolean("order-service.docs.update")) {
            Files.createDirectories(METADATA.getParent());
            Files.writeString(METADATA, rendered);
        }
        assertThat(METADATA).as("the module metadata exists").exists();
        assertThat(sorted(JSON.readTree(Files.readString(METADATA))))
                .as("%s describes the modules as they are (see target/application-modules.json)", METADATA)
                .isEqualTo(current);
    }

    /** Keys in order and lists of names sorted: the exporter gathers dependencies in sets, in no stable order. */
    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            var object = JSON.createObjectNode();
            node.propertyNames().stream().sorted().forEach(name -> object.set(name, sorted(node.get(name))));
            return object;
        }
        if (node.isArray()) {
            var elements = new ArrayList<JsonNode>();
            node.forEach(element -> elements.add(sorted(element)));
            elements.sort(Comparator.comparing(JsonNode::toString));
            return JSON.createArrayNode().addAll(elements);
        }
        return node;
    }

    /** The Documenter lists relations in no stable order; sorted, the checked-in diagrams change only when the modules do. */
    private static void sortRelations(Path diagram) throws IOException {
        var lines = Files.readAllLines(diagram);
        var relations = lines.stream().filter(line -> line.startsWith("Rel(")).sorted().iterator();
        var sorted = new ArrayList<String>();
        for (var line : lines) {
            sorted.add(line.startsWith("Rel(") ? relations.next() : line);
        }
        Files.write(diagram, sorted);
    }
}
