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

    @Test
    void writesTheModuleDiagram() {
        new Documenter(modules, "target/modulith-docs").writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        assertThat(Path.of("target/modulith-docs/components.puml")).isNotEmptyFile();
    }
}
