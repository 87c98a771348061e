package eu.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The feature modules depend on each other only through their public types, and without cycles. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(NewsroomApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /**
     * The one rule of what readers may see (issue 19) depends on no other module, so every content module and read
     * path can use it without a cycle; its package declares that (allowedDependencies = {}), verify() enforces it.
     */
    @Test
    void theVisibilityRuleDependsOnNoOtherModule() {
        var visibility = modules.getModuleForPackage("eu.newsroom.visibility").orElseThrow();
        assertThat(visibility.getDirectDependencies(modules).stream().toList()).isEmpty();
        assertThat(modules.getModuleForPackage("eu.newsroom.statement").orElseThrow().getDirectDependencies(modules)
                .contains(visibility)).isTrue();
    }

    @Test
    void writesTheModuleDiagram() {
        new Documenter(modules, "target/modulith-docs").writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        assertThat(Path.of("target/modulith-docs/components.puml")).isNotEmptyFile();
    }
}
