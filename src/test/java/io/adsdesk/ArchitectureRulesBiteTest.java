package io.adsdesk;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every architecture rule reports the classes built to break it, and only those: the fixtures
 * under {@code io.adsdesk.archfixtures} mirror the application's packages, with one wrong class
 * per rule beside classes that do the allowed thing.
 */
class ArchitectureRulesBiteTest {
    private static final String ROOT = "io.adsdesk.archfixtures";
    private static final ArchitectureRules RULES = new ArchitectureRules(ROOT);
    private static JavaClasses fixtures;

    @BeforeAll
    static void importFixtures() {
        fixtures = new ClassFileImporter().importPackages(ROOT);
    }

    /** The fixture classes a rule's report names. */
    private static Set<String> reported(ArchRule rule) {
        EvaluationResult result = rule.evaluate(fixtures);
        String report = String.join("\n", result.getFailureReport().getDetails());
        Set<String> names = new TreeSet<>();
        for (JavaClass c : fixtures) {
            if (!c.isTopLevelClass()) {
                continue;
            }
            Pattern named = Pattern.compile(Pattern.quote(c.getName()) + "(?![\\w])");
            if (named.matcher(report).find()) {
                names.add(c.getName().substring(ROOT.length() + 1));
            }
        }
        return names;
    }

    @Test
    void javaFxOutsideUiAndAppIsReported() {
        assertEquals(Set.of("sync.SyncUsingJavaFx"), reported(RULES.javaFxOnlyInUiAndApp()));
    }

    @Test
    void hibernateOutsideRegistryIsReported() {
        assertEquals(Set.of("sync.SyncUsingHibernate"), reported(RULES.persistenceOnlyInRegistry()));
    }

    @Test
    void uiImportingApiIsReported() {
        assertEquals(Set.of("api.WireRequest", "ui.ViewUsingWireType"), reported(RULES.uiNeverSeesApi()));
    }

    @Test
    void uiImportingAnEntityIsReportedButNotTheRegistryInterfaceOrItsRecords() {
        assertEquals(Set.of("registry.ProgramRow", "ui.ViewUsingEntity"),
                reported(RULES.uiSeesOnlyRegistryInterfacesAndValues()));
    }

    @Test
    void apiOrRegistrySeeingEachOtherIsReported() {
        assertEquals(Set.of("api.WireRequest", "registry.RegistryUsingWireType"),
                reported(RULES.apiAndRegistrySeeOnlyModel()));
    }

    @Test
    void queueOutsideUiCliAndAppIsReported() {
        assertEquals(Set.of("queue.Poster", "sync.SyncUsingQueue"), reported(RULES.queueOnlyFromUiCliAndApp()));
    }

    @Test
    void reportsSeeingAppIsReportedButNotReadingTheRegistry() {
        assertEquals(Set.of("app.ReportsWiring", "reports.ReportsUsingApp"),
                reported(RULES.reportsSeesOnlyApiRegistryThreadsAndModel()));
    }

    @Test
    void sandboxOutsideAppIsReported() {
        assertEquals(Set.of("cli.CommandUsingSandbox", "sandbox.FakeServer"), reported(RULES.sandboxOnlyFromApp()));
    }

    @Test
    void modelImportingAnythingButJavaIsReported() {
        assertEquals(Set.of("api.WireRequest", "model.ModelUsingWireType"), reported(RULES.modelImportsOnlyJava()));
    }

    @Test
    void aCycleBetweenPackagesIsReported() {
        assertEquals(Set.of("cyclea.First", "cycleb.Second"), reported(RULES.noCyclesBetweenPackages()));
    }

    @Test
    void javaUtilLoggingOutsideTheBridgeSetupIsReported() {
        assertEquals(Set.of("sync.SyncUsingJul"), reported(RULES.slf4jForLogging()));
    }

    @Test
    void threadsMadeOutsideTheOwnerAreReported() {
        assertEquals(Set.of("sync.SyncCreatingExecutor", "sync.SyncCreatingForkJoinPool", "sync.SyncOnCommonPool",
                        "sync.SyncStartingThread", "sync.SyncStartingVirtualThread"),
                reported(RULES.threadsOnlyFromTheOwner()));
    }
}
