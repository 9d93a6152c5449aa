package io.orderservice.architecture;

import io.orderservice.OrderServiceApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The capabilities as Spring Modulith sees them, across all rings: no cycles, no reaching into another
 * capability's internals, only the dependencies each package-info allows. Also writes the module
 * diagrams that docs/architecture.md links to.
 */
class ModularityTest {

    private static final Path DIAGRAMS = Path.of("..", "docs", "modules");
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
