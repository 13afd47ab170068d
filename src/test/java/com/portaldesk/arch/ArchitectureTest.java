package com.portaldesk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.portaldesk.delivery.CodeMessage;
import com.portaldesk.delivery.CodeSender;
import com.portaldesk.delivery.DeliveryResult;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import com.tngtech.archunit.library.GeneralCodingRules;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The package rules of DESIGN.md, strict from the start. */
@Tag("plain")
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.portaldesk");
    private static final String[] FEATURES = {
        "com.portaldesk.config..",
        "com.portaldesk.store..",
        "com.portaldesk.contacts..",
        "com.portaldesk.settings..",
        "com.portaldesk.audit..",
        "com.portaldesk.verify..",
        "com.portaldesk.delivery..",
        "com.portaldesk.staff..",
        "com.portaldesk.checkin..",
        "com.portaldesk.workstations..",
        "com.portaldesk.backup..",
        "com.portaldesk.report.."
    };

    private static void check(ArchRule rule) {
        rule.check(CLASSES);
    }

    /**
     * The developer guide's "may use" table: each package of ours and the packages of ours it may depend on
     * (libraries and the JDK are not limited here; other tests limit JavaFX, JPA and delivery).
     */
    private static final Map<String, List<String>> MAY_USE = Map.ofEntries(
            Map.entry("config", List.of()),
            Map.entry("store", List.of("config")),
            Map.entry("audit", List.of("store", "config")),
            Map.entry("contacts", List.of("audit", "store", "config")),
            Map.entry("settings", List.of("audit", "store", "config")),
            Map.entry("staff", List.of("settings", "audit", "store", "config")),
            Map.entry("delivery", List.of("contacts", "audit", "store", "config")),
            Map.entry("verify", List.of("contacts", "settings", "delivery", "audit", "store", "config")),
            Map.entry("checkin", List.of("verify", "contacts", "audit", "store", "config")),
            Map.entry("workstations", List.of("store", "config")),
            Map.entry("backup", List.of("audit", "store", "config")),
            Map.entry("insights", List.of("delivery", "contacts", "audit")),
            Map.entry(
                    "report",
                    List.of("backup", "staff", "delivery", "contacts", "settings", "audit", "store", "config")),
            Map.entry(
                    "cli",
                    List.of(
                            "report",
                            "backup",
                            "workstations",
                            "insights",
                            "verify",
                            "delivery",
                            "contacts",
                            "settings",
                            "audit",
                            "store",
                            "config")),
            Map.entry("ui.common", List.of()),
            // The screens' desks on the services: where the two meet, so that neither knows the other
            Map.entry(
                    "app.desks",
                    List.of(
                            "app",
                            "ui.staff",
                            "ui.kiosk",
                            "report",
                            "backup",
                            "workstations",
                            "insights",
                            "checkin",
                            "verify",
                            "staff",
                            "delivery",
                            "contacts",
                            "settings",
                            "audit",
                            "config")),
            Map.entry(
                    "ui.kiosk",
                    List.of("ui.common", "checkin", "verify", "staff", "contacts", "settings", "audit", "config")),
            Map.entry(
                    "ui.staff",
                    List.of(
                            "ui.common",
                            "report",
                            "backup",
                            "workstations",
                            "insights",
                            "checkin",
                            "verify",
                            "staff",
                            "delivery",
                            "contacts",
                            "settings",
                            "audit",
                            "config")));

    @Test
    void eachPackageUsesOnlyWhatTheDeveloperGuideSaysItMay() {
        MAY_USE.forEach((name, allowed) -> {
            List<String> packages = new ArrayList<>();
            packages.add("com.portaldesk." + name);
            allowed.forEach(other -> packages.add("com.portaldesk." + other));
            check(classes()
                    .that()
                    .resideInAPackage("com.portaldesk." + name)
                    .should()
                    .onlyDependOnClassesThat(JavaClass.Predicates.resideOutsideOfPackage("com.portaldesk..")
                            .or(JavaClass.Predicates.resideInAnyPackage(packages.toArray(String[]::new))))
                    .as(name + " uses only " + allowed)
                    .because("each package uses only those below it in the developer guide's table, so it can be "
                            + "read, changed and tested without the ones above it"));
        });
    }

    @Test
    void everyPackageOfOursIsInTheTable() {
        Set<String> ours = CLASSES.stream()
                .map(c -> c.getPackageName().replace("com.portaldesk.", ""))
                .filter(p -> !p.equals("com.portaldesk"))
                .collect(Collectors.toSet());
        ours.remove("app"); // the composition root: it may use everything
        Assertions.assertThat(MAY_USE.keySet()).containsAll(ours);
    }

    @Test
    void onlyUiAndAppUseJavaFx() {
        check(noClasses()
                .that()
                .resideOutsideOfPackages("com.portaldesk.ui..", "com.portaldesk.app..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "atlantafx..")
                .because("the verification engine and the command line run without a display"));
    }

    @Test
    void uiNeverTouchesPersistenceOrStore() {
        check(noClasses()
                .that()
                .resideInAPackage("com.portaldesk.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.persistence..", "org.hibernate..", "com.portaldesk.store..")
                .because("a screen reaches data through its feature's service, which keeps the rules, the audit and "
                        + "the transactions (decision 0001)"));
    }

    /**
     * The classes that work on the database: those holding a transaction runner or the database, and those holding
     * one of them (a service built on services), found to a fixed point over every class of ours.
     */
    private static Set<String> classesWorkingOnTheDatabase() {
        Set<String> found = new java.util.HashSet<>(
                List.of(com.portaldesk.store.Tx.class.getName(), com.portaldesk.store.Database.class.getName()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (JavaClass c : CLASSES) {
                if (!found.contains(c.getName())
                        && c.getFields().stream()
                                .anyMatch(f -> found.contains(f.getRawType().getName()))) {
                    grew = found.add(c.getName());
                }
            }
        }
        return found;
    }

    @Test
    void screensGetDesks_neverAClassThatWorksOnTheDatabase() {
        Set<String> services = classesWorkingOnTheDatabase();
        Assertions.assertThat(services)
                .as("the rule sees the services it is about")
                .contains(
                        com.portaldesk.contacts.ContactService.class.getName(),
                        com.portaldesk.contacts.CsvExport.class.getName(),
                        com.portaldesk.staff.StaffAuth.class.getName());
        check(noClasses()
                .that()
                .resideInAPackage("com.portaldesk.ui..")
                .should()
                .dependOnClassesThat(DescribedPredicate.describe(
                        "work on the database (hold a Tx, the Database, or such a class)",
                        (JavaClass c) -> services.contains(c.getName())))
                .because("each screen receives a desk, a narrow interface of what it does, built on the services in "
                        + "app.desks: its view model is tested with a fake desk, and no screen can reach past "
                        + "its desk to the rules, the audit or a transaction (decision 0023)"));
    }

    @Test
    void featurePackagesNeverImportUiCliOrApp() {
        check(noClasses()
                .that()
                .resideInAnyPackage(FEATURES)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.portaldesk.ui..", "com.portaldesk.cli..", "com.portaldesk.app..")
                .because("the staff app, the kiosk and the command line use the same features, which must not know "
                        + "which of them runs them"));
    }

    @Test
    void cliDoesNotImportUiOrApp() {
        check(noClasses()
                .that()
                .resideInAPackage("com.portaldesk.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.portaldesk.ui..", "com.portaldesk.app..")
                .because("commands run as short-lived processes without a window (decision 0012) and get their "
                        + "services through CliServices, not the staff app's wiring"));
    }

    @Test
    void noPackageCycles() {
        check(slices().matching("com.portaldesk.(*)..")
                .should()
                .beFreeOfCycles()
                .because("two packages in a cycle are one: neither can be changed or tested alone"));
    }

    @Test
    void noStandardStreamsOutsideCli() {
        check(noClasses()
                .that()
                .resideOutsideOfPackage("com.portaldesk.cli..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("only a command prints; anything else printed could put client data on a console no one "
                        + "cleans up, where the log is owner-only (decision 0020)"));
    }

    @Test
    void noPrintStackTrace() {
        check(noClasses()
                .should()
                .callMethod(Throwable.class, "printStackTrace")
                .because("a failure is logged with its exception, or shown, never dumped where no one reads it"));
    }

    @Test
    void noJavaUtilLogging() {
        check(GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.because(
                "one logging system (SLF4J and Logback), whose files are owner-only"));
    }

    @Test
    void onlyTheStoreOpensTransactions() {
        check(noClasses()
                .that()
                .resideOutsideOfPackage("com.portaldesk.store..")
                .should()
                .callMethod(EntityManager.class, "getTransaction")
                .because("one place decides where a transaction begins and ends, and tries a busy database again "
                        + "(decision 0001)"));
        check(noClasses()
                .that()
                .resideOutsideOfPackage("com.portaldesk.store..")
                .should()
                .callMethod(EntityManagerFactory.class, "createEntityManager")
                .because("one place decides where a transaction begins and ends (decision 0001)"));
    }

    @Test
    void verifyReachesDeliveryOnlyThroughTheCodeSenderPort() {
        check(noClasses()
                .that()
                .resideInAPackage("com.portaldesk.verify..")
                .should()
                .dependOnClassesThat(DescribedPredicate.describe(
                        "delivery classes other than the port",
                        (JavaClass c) -> c.getPackageName().equals("com.portaldesk.delivery")
                                && !c.isEquivalentTo(CodeSender.class)
                                && !c.isEquivalentTo(CodeMessage.class)
                                && !c.isEquivalentTo(DeliveryResult.class)))
                .because("the engine knows only the port, so a provider is added or swapped without touching it "
                        + "(decisions 0007 and 0010)"));
    }

    @Test
    void secretsAreComparedInConstantTime() {
        check(noClasses()
                .should()
                .callMethod(Arrays.class, "equals", byte[].class, byte[].class)
                .because("a comparison that stops at the first difference tells by its time how much of a secret "
                        + "matched"));
        check(classes()
                .that()
                .haveSimpleName("CodeHasher")
                .should(ArchConditions.callMethod(MessageDigest.class, "isEqual", byte[].class, byte[].class))
                .because("a code is checked in constant time"));
    }

    @Test
    void entitiesStayInTheirFeaturePackage() {
        check(classes()
                .that()
                .areAnnotatedWith(Entity.class)
                .should()
                .resideInAnyPackage(FEATURES)
                .because("a table belongs to the feature that keeps its rules (decision 0001)"));
    }
}
