package org.exhibitkiosk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.awt.Frame;
import java.awt.Window;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.exhibitkiosk.app.FloorFrame;
import org.exhibitkiosk.app.Main;
import org.exhibitkiosk.concurrent.Threads;

/**
 * The package rules of docs/architecture.md, checked on the compiled main classes (no display
 * needed): the layers and what each may use, no cycles between packages, no Swing below the
 * interface, work that ends on the EDT only through {@link Threads#thenOnEdt}, the JVM ended only
 * by Main, and no running part found again by scanning windows.
 */
@AnalyzeClasses(packages = "org.exhibitkiosk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] BELOW_THE_INTERFACE = {"org.exhibitkiosk.files..", "org.exhibitkiosk.text..",
        "org.exhibitkiosk.concurrent..", "org.exhibitkiosk.content..", "org.exhibitkiosk.config..",
        "org.exhibitkiosk.map..", "org.exhibitkiosk.print..", "org.exhibitkiosk.ops..", "org.exhibitkiosk.tools.."};

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("org.exhibitkiosk.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule layersUseOnlyTheLayersBelowThem = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .ensureAllClassesAreContainedInArchitecture()
            .layer("app").definedBy("org.exhibitkiosk.app..")
            .layer("shell").definedBy("org.exhibitkiosk.shell..")
            .layer("admin").definedBy("org.exhibitkiosk.admin..")
            .layer("attract").definedBy("org.exhibitkiosk.attract..")
            .layer("screens").definedBy("org.exhibitkiosk.screens..")
            .layer("ui").definedBy("org.exhibitkiosk.ui..")
            .layer("tools").definedBy("org.exhibitkiosk.tools..")
            .layer("ops").definedBy("org.exhibitkiosk.ops..")
            .layer("print").definedBy("org.exhibitkiosk.print..")
            .layer("map").definedBy("org.exhibitkiosk.map..")
            .layer("config").definedBy("org.exhibitkiosk.config..")
            .layer("content").definedBy("org.exhibitkiosk.content..")
            .layer("text").definedBy("org.exhibitkiosk.text..")
            .layer("files").definedBy("org.exhibitkiosk.files..")
            .layer("concurrent").definedBy("org.exhibitkiosk.concurrent..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("shell").mayOnlyAccessLayers("admin", "attract", "screens", "ui", "print", "config",
                    "content", "text", "files", "concurrent")
            .whereLayer("admin").mayOnlyAccessLayers("ui", "config", "content", "text", "files", "concurrent")
            .whereLayer("attract").mayOnlyAccessLayers("ui", "map", "config", "content", "text", "files",
                    "concurrent")
            .whereLayer("screens").mayOnlyAccessLayers("ui", "map", "config", "content", "text", "files",
                    "concurrent")
            .whereLayer("ui").mayOnlyAccessLayers("text", "concurrent")
            .whereLayer("tools").mayOnlyAccessLayers("config", "content", "text", "files", "concurrent")
            .whereLayer("ops").mayOnlyAccessLayers("config", "content", "files", "concurrent")
            .whereLayer("print").mayOnlyAccessLayers("map", "config", "content", "text", "files", "concurrent")
            .whereLayer("map").mayOnlyAccessLayers("content", "text", "files", "concurrent")
            .whereLayer("config").mayOnlyAccessLayers("content", "files", "text", "concurrent")
            .whereLayer("content").mayOnlyAccessLayers("files", "text", "concurrent")
            .whereLayer("text").mayOnlyAccessLayers("concurrent")
            .whereLayer("files").mayOnlyAccessLayers("concurrent")
            .whereLayer("concurrent").mayNotAccessAnyLayer();

    @ArchTest
    static final ArchRule noSwingBelowTheInterface = noClasses().that().resideInAnyPackage(BELOW_THE_INTERFACE)
            .should().dependOnClassesThat().resideInAPackage("javax.swing..")
            .because("files, text, content, config, map, print, ops and concurrent run on any thread and on"
                    + " paper; Swing belongs to ui, screens, attract, admin and shell");

    @ArchTest
    static final ArchRule workEndsOnTheEdtOnlyThroughThenOnEdt = noClasses()
            .that().doNotBelongToAnyOf(Threads.class)
            .should().callMethodWhere(new DescribedPredicate<JavaMethodCall>(
                    "a continuation of a CompletionStage on an executor (thenAcceptAsync, thenApplyAsync...)") {
                private final Set<String> starts = Set.of("supplyAsync", "runAsync");

                @Override
                public boolean test(JavaMethodCall call) {
                    String name = call.getTarget().getName();
                    return call.getTarget().getOwner().isAssignableTo(CompletionStage.class)
                            && name.endsWith("Async") && !starts.contains(name);
                }
            })
            .because("a step that finishes on the EDT needs a failure path that puts the control right and"
                    + " reaches the crash guard: use Threads.thenOnEdt");

    @ArchTest
    static final ArchRule onlyMainEndsTheJvm = noClasses()
            .that().doNotBelongToAnyOf(Main.class, FloorFrame.class)
            .should().callMethod(System.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "halt", int.class)
            .because("a kiosk asks its Kiosk.Exit to end the JVM, so tests and the soak can stop it without"
                    + " ending their own JVM (FloorFrame is the benchmark's separate empty program)");

    @ArchTest
    static final ArchRule runningPartsAreNotFoundByScanningWindows = noClasses()
            .should().callMethod(Frame.class, "getFrames")
            .orShould().callMethod(Window.class, "getWindows")
            .orShould().callMethod(Window.class, "getOwnerlessWindows")
            .because("the Kiosk object hands out its parts (frame, controller, watchdog, crash guard)");
}
