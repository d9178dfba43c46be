package io.adsdesk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of docs/architecture.md, checked against the application's classes. */
class ArchitectureTest {
    private static final ArchitectureRules RULES = new ArchitectureRules("io.adsdesk");
    private static JavaClasses app;

    @BeforeAll
    static void importApplicationClasses() {
        app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.adsdesk");
    }

    @Test
    void javaFxOnlyInUiAndApp() {
        RULES.javaFxOnlyInUiAndApp().check(app);
    }

    @Test
    void persistenceOnlyInRegistry() {
        RULES.persistenceOnlyInRegistry().check(app);
    }

    @Test
    void uiNeverSeesApi() {
        RULES.uiNeverSeesApi().check(app);
    }

    @Test
    void uiSeesOnlyRegistryInterfacesAndValues() {
        RULES.uiSeesOnlyRegistryInterfacesAndValues().check(app);
    }

    @Test
    void apiAndRegistrySeeOnlyModel() {
        RULES.apiAndRegistrySeeOnlyModel().check(app);
    }

    @Test
    void updateSeesOnlyItself() {
        RULES.updateSeesOnlyItself().check(app);
    }

    @Test
    void reportsSeesOnlyApiRegistryThreadsAndModel() {
        RULES.reportsSeesOnlyApiRegistryThreadsAndModel().check(app);
    }

    @Test
    void sandboxOnlyFromApp() {
        RULES.sandboxOnlyFromApp().check(app);
    }

    @Test
    void queueOnlyFromUiCliAndApp() {
        RULES.queueOnlyFromUiCliAndApp().check(app);
    }

    @Test
    void modelImportsOnlyJava() {
        RULES.modelImportsOnlyJava().check(app);
    }

    @Test
    void noCyclesBetweenPackages() {
        RULES.noCyclesBetweenPackages().check(app);
    }

    @Test
    void slf4jForLogging() {
        RULES.slf4jForLogging().check(app);
    }

    @Test
    void threadsOnlyFromTheOwner() {
        RULES.threadsOnlyFromTheOwner().check(app);
    }
}
