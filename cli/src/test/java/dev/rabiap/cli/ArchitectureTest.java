package dev.rabiap.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boundaries the build keeps, on the compiled classes of the engine, the command line and the
 * plugins: outside the engine, code uses its API ({@code dev.rabiap.engine}), its SPI
 * ({@code dev.rabiap.engine.spi}) and its Thai dates and digits ({@code dev.rabiap.engine.thai});
 * the engine's internals and the facts its rules see are its own. The command line names no plugin:
 * plugins are found by ServiceLoader. No plugin names another, and the engine names none.
 */
final class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.rabiap");
    }

    @Test
    void outsideTheEngine_onlyItsApiSpiAndThaiHelpersAreUsed() {
        noClasses().that().resideOutsideOfPackage("dev.rabiap.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.rabiap.engine.internal..", "dev.rabiap.engine.rule..")
                .because("the engine's internals and its rule facts may change without notice")
                .check(classes);
    }

    @Test
    void theCommandLine_namesNoPlugin() {
        noClasses().that().resideInAPackage("dev.rabiap.cli..").should().dependOnClassesThat().resideInAPackage("dev.rabiap.plugin..")
                .because("plugins are found by ServiceLoader and wired by Guice").check(classes);
    }

    @Test
    void theEngine_namesNoPluginOrCommandLine() {
        noClasses().that().resideInAPackage("dev.rabiap.engine..").should().dependOnClassesThat()
                .resideInAnyPackage("dev.rabiap.plugin..", "dev.rabiap.cli..").check(classes);
    }

    @Test
    void pluginsDoNotNameOneAnother() {
        for (String plugin : new String[] {"file", "line", "email"}) {
            noClasses().that().resideInAPackage("dev.rabiap.plugin." + plugin + "..").should().dependOnClassesThat()
                    .resideInAnyPackage(java.util.Arrays.stream(new String[] {"file", "line", "email"}).filter(p -> !p.equals(plugin))
                            .map(p -> "dev.rabiap.plugin." + p + "..").toArray(String[]::new))
                    .check(classes);
        }
    }
}
