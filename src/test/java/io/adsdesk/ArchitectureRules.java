package io.adsdesk;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadPoolExecutor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of docs/architecture.md, for the classes under one root package: the
 * application's ({@code io.adsdesk}) in {@link ArchitectureTest}, and a tree of deliberately wrong
 * classes in {@link ArchitectureRulesBiteTest}, which shows that every rule reports a break.
 */
final class ArchitectureRules {
    /** The one class allowed to touch java.util.logging: it routes JUL into SLF4J. */
    static final String JUL_BRIDGE_SETUP = ".app.LogSetup";

    private final String root;

    ArchitectureRules(String root) {
        this.root = root;
    }

    private String pkg(String name) {
        return root + "." + name + "..";
    }

    /** JavaFX and the libraries built on it (AtlantaFX, ControlsFX) only in ui and app. */
    ArchRule javaFxOnlyInUiAndApp() {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(pkg("ui"), pkg("app"))
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..")
                .as("JavaFX only in ui and app");
    }

    /** Hibernate and jakarta.persistence only in registry. */
    ArchRule persistenceOnlyInRegistry() {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackage(pkg("registry"))
                .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..")
                .as("Hibernate and jakarta.persistence only in registry");
    }

    /** The UI sees domain types only: no wire types, requests or DTOs from api. */
    ArchRule uiNeverSeesApi() {
        return noClasses().that().resideInAPackage(pkg("ui"))
                .should().dependOnClassesThat().resideInAPackage(pkg("api"))
                .as("ui never imports api");
    }

    /**
     * From registry the UI may use interfaces (ProgramRegistry), records (AuditEntry,
     * RegistryContents), enums and exceptions; never a class: not the entities, not the Hibernate
     * registry, not the JDBC stores.
     */
    ArchRule uiSeesOnlyRegistryInterfacesAndValues() {
        DescribedPredicate<JavaClass> internal = DescribedPredicate.describe(
                "registry classes other than interfaces, records, enums and exceptions",
                c -> c.getPackageName().startsWith(root + ".registry")
                        && !(c.isInterface() || c.isRecord() || c.isEnum() || c.isAssignableTo(Throwable.class)));
        return noClasses().that().resideInAPackage(pkg("ui"))
                .should().dependOnClassesThat(internal)
                .as("ui never imports registry internals");
    }

    /** The wire and the store never see each other (sync translates): each sees only itself and model. */
    ArchRule apiAndRegistrySeeOnlyModel() {
        return CompositeArchRule.of(seesOnlyModel("api")).and(seesOnlyModel("registry"))
                .as("api and registry see only model");
    }

    /** The version and the update check are plain Java for ui, cli and app alike: update sees no other application package. */
    ArchRule updateSeesOnlyItself() {
        return seesOnlyModel("update").as("update sees only itself and model");
    }

    private ArchRule seesOnlyModel(String name) {
        String own = root + "." + name;
        String model = root + ".model";
        return noClasses().that().resideInAPackage(pkg(name))
                .should().dependOnClassesThat(DescribedPredicate.describe("application classes outside " + name + " and model",
                        (JavaClass c) -> c.getPackageName().startsWith(root + ".")
                                && !inPackage(c, own) && !inPackage(c, model)));
    }

    private static boolean inPackage(JavaClass c, String pkg) {
        return c.getPackageName().equals(pkg) || c.getPackageName().startsWith(pkg + ".");
    }

    /**
     * Reports are plain Java between the wire and the store, like sync: the reporting client (api),
     * the cache (registry), threads and model; never ui, cli, app, sync, actions or the sandbox.
     */
    ArchRule reportsSeesOnlyApiRegistryThreadsAndModel() {
        List<String> allowed = List.of("reports", "api", "registry", "threads", "model");
        return noClasses().that().resideInAPackage(pkg("reports"))
                .should().dependOnClassesThat(DescribedPredicate.describe("application classes outside reports, api, registry, threads and model",
                        (JavaClass c) -> c.getPackageName().startsWith(root + ".")
                                && allowed.stream().noneMatch(a -> inPackage(c, root + "." + a))))
                .as("reports sees only api, registry, threads and model");
    }

    /** The sandbox is wired into the demo account by app only. */
    ArchRule sandboxOnlyFromApp() {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(pkg("app"), pkg("sandbox"))
                .should().dependOnClassesThat().resideInAPackage(pkg("sandbox"))
                .as("the sandbox only from app");
    }

    /**
     * The change queue sits beside actions, under the screens: only ui, cli and app use it, so
     * api, registry, sync, actions and export never depend on it.
     */
    ArchRule queueOnlyFromUiCliAndApp() {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(pkg("ui"), pkg("cli"), pkg("app"), pkg("queue"))
                .should().dependOnClassesThat().resideInAPackage(pkg("queue"))
                .as("the change queue only from ui, cli and app");
    }

    /** Domain records and commands depend on the JDK and nothing else. */
    ArchRule modelImportsOnlyJava() {
        return classes().that().resideInAPackage(pkg("model"))
                .should().onlyDependOnClassesThat().resideInAnyPackage(pkg("model"), "java..")
                .as("model imports only java.*");
    }

    /** No cycles between the top-level packages (ui and its sub-packages count as one). */
    ArchRule noCyclesBetweenPackages() {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles()
                .as("no cycles between top-level packages");
    }

    /** SLF4J for logging: java.util.logging only where JUL is bridged into SLF4J. */
    ArchRule slf4jForLogging() {
        return noClasses().that().resideInAPackage(root + "..")
                .and().doNotHaveFullyQualifiedName(root + JUL_BRIDGE_SETUP)
                .should().dependOnClassesThat().resideInAnyPackage("java.util.logging..",
                        "org.apache.logging.log4j..", "org.apache.commons.logging..")
                .as("SLF4J for logging");
    }

    /**
     * Threads come from the one owner in the threads package: nobody else calls a Thread or
     * thread-pool constructor, Executors, Thread.ofPlatform/ofVirtual/startVirtualThread, or a
     * CompletableFuture *Async method without an executor (the common pool).
     */
    ArchRule threadsOnlyFromTheOwner() {
        DescribedPredicate<JavaConstructorCall> newThreadOrPool = DescribedPredicate.describe(
                "a Thread, ForkJoinPool or ThreadPoolExecutor constructor",
                call -> ownerIs(call, Thread.class) || ownerIs(call, ForkJoinPool.class)
                        || ownerIs(call, ThreadPoolExecutor.class));
        DescribedPredicate<JavaMethodCall> startsThreads = DescribedPredicate.describe(
                "Executors.*, Thread.ofPlatform/ofVirtual/startVirtualThread or CompletableFuture.*Async without an executor",
                call -> {
                    String owner = call.getTargetOwner().getName();
                    String name = call.getName();
                    return owner.equals("java.util.concurrent.Executors")
                            || owner.equals(Thread.class.getName())
                            && List.of("ofPlatform", "ofVirtual", "startVirtualThread").contains(name)
                            || owner.equals("java.util.concurrent.CompletableFuture") && name.endsWith("Async")
                            && call.getTarget().getRawParameterTypes().stream()
                            .noneMatch(t -> t.isAssignableTo(Executor.class));
                });
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackage(pkg("threads"))
                .should().callConstructorWhere(newThreadOrPool)
                .orShould().callMethodWhere(startsThreads)
                .as("threads only from the owner in the threads package");
    }

    private static boolean ownerIs(JavaCall<?> call, Class<?> type) {
        return call.getTargetOwner().isAssignableTo(type);
    }
}
