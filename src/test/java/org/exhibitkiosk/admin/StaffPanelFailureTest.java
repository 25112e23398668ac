package org.exhibitkiosk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.content.UiKey;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.ops.CrashGuard;
import org.exhibitkiosk.testing.TestFolders;
import org.exhibitkiosk.ui.Metrics;
import org.exhibitkiosk.ui.Theme;
import org.exhibitkiosk.ui.TouchButton;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A reload that fails under the staff panel: the failure reaches the crash guard (so the soak and
 * the health report count it), and the panel is usable again: the button works, the line says
 * what failed. Builds the panel without showing it: no display needed.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StaffPanelFailureTest {

    private static Exhibit exhibit;

    @BeforeAll
    static void readExhibit() {
        exhibit = new KioskFiles(new StrictMapper()).load(TestFolders.SHIPPED_CONTENT, TestFolders.SHIPPED_CONFIG)
                .exhibit().orElseThrow();
    }

    @Test
    void aReloadThatFailsReachesTheCrashGuardAndLeavesTheButtonUsable() throws Exception {
        CrashGuard guard = new CrashGuard();
        FailingReload actions = new FailingReload();
        AtomicReference<StaffPanelScreen> panel = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> {
            Theme.install();
            panel.set(new StaffPanelScreen(exhibit, "en", Metrics.of(new Dimension(1920, 1080), 0, 0), () -> new StaffPanelScreen.Versions(null, "17", "content", "config"),
                    actions, guard));
        });
        TouchButton reload = (TouchButton) find(panel.get(), "staff.reload");

        EventQueue.invokeAndWait(reload::doClick);
        assertThat(onEdt(reload::isEnabled)).as("disabled while the files are read").isFalse();
        actions.result.completeExceptionally(new IllegalStateException("the content folder is not readable"));

        waitUntil(() -> onEdt(reload::isEnabled));
        assertThat(onEdt(() -> panel.get().statusText()))
                .isEqualTo(exhibit.text(UiKey.STAFF_RELOAD_FAILED, "en") + "\nthe content folder is not readable");
        assertThat(guard.uncaughtCount()).isEqualTo(1);
        assertThat(guard.lastError()).contains("the content folder is not readable");

        // Usable again: a second reload starts, and this time succeeds.
        actions.result = new CompletableFuture<>();
        EventQueue.invokeAndWait(reload::doClick);
        actions.result.complete(new StaffPanelScreen.Reload(exhibit, List.of()));
        waitUntil(() -> onEdt(() -> panel.get().statusText()).startsWith(exhibit.text(UiKey.STAFF_RELOADED, "en")));
        assertThat(actions.reloads).isEqualTo(2);
        assertThat(guard.uncaughtCount()).isEqualTo(1);
    }

    /** A staff desk whose reload completes when the test says so. */
    private static final class FailingReload implements StaffPanelScreen.Actions {
        volatile CompletableFuture<StaffPanelScreen.Reload> result = new CompletableFuture<>();
        volatile int reloads;

        @Override
        public CompletableFuture<StaffPanelScreen.Reload> reload() {
            reloads++;
            return result;
        }

        @Override
        public void useExhibit(Exhibit exhibit) {
        }

        @Override
        public void leaveKioskMode() {
        }

        @Override
        public void startCleaning() {
        }

        @Override
        public void logOut() {
        }
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    /** Waits for the EDT step, which runs once the future completes; the class timeout bounds it. */
    private static void waitUntil(Check check) throws Exception {
        while (!check.holds()) {
            EventQueue.invokeAndWait(() -> { });
        }
    }

    private static <T> T onEdt(Callable<T> question) throws Exception {
        AtomicReference<T> answer = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> {
            try {
                answer.set(question.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return answer.get();
    }

    private static Component find(Container in, String name) {
        Component found = search(in, name);
        if (found == null) {
            throw new AssertionError("no component named " + name);
        }
        return found;
    }

    private static Component search(Container in, String name) {
        for (Component child : in.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof Container inner) {
                Component found = search(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
