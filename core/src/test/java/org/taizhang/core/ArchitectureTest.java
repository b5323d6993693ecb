package org.taizhang.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** core runs on the JDK alone, and its internals stay internal. */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.taizhang.core");

    @Test
    void core_depends_on_nothing_but_the_jdk() {
        // Immutables' @Generated marker has class retention: it is never loaded at run time.
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.taizhang.core..", "org.immutables.value..")
                .check(CORE);
    }

    @Test
    void only_the_generated_marker_of_immutables_is_referenced() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.immutables.value.internal..")
                .check(CORE);
    }
}
