package io.orderservice.architecture;

import io.orderservice.OrderServiceApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The capabilities as Spring Modulith sees them, across all rings: no cycles, no reaching into another
 * capability's internals, only the dependencies each package-info allows. Also writes the module
 * diagrams that docs/architecture.md links to.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(OrderServiceApplication.class);

    @Test
    void capabilitiesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagramsIntoDocs() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
