package org.exhibitkiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.config.PinLockout;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.testing.RunningKiosk;
import org.exhibitkiosk.testing.StaffEntry;
import org.exhibitkiosk.testing.TestFolders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The staff PIN pad, once locked by wrong PINs, stays locked through a clean reload of content and
 * config and through a restart of the kiosk (the lockout is kept in the state folder); every
 * attempt is in the log.
 */
class PinLockoutGuiIT {

    @TempDir
    Path temp;
    private RunningKiosk kiosk;

    @BeforeAll
    static void failOnSwingOffTheEdt() {
        FailOnThreadViolationRepaintManager.install();
    }

    @AfterEach
    void closeKiosk() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    @Test
    void aLockedPinPadStaysLockedThroughAReloadAndARestart() throws IOException {
        TestFolders folders = TestFolders.copyInto(temp);
        kiosk = RunningKiosk.start(folders.content(), folders.config(), null);
        StaffEntry staff = StaffEntry.of(kiosk);
        staff.openPinPad();
        for (int attempt = 1; attempt <= 4; attempt++) {
            staff.enterPin("0000");
            staff.awaitMessage("staff.wrong-pin (en)");
        }
        staff.enterPin("0000");
        staff.awaitMessage("staff.locked (en)");

        // A clean reload of the same files, swapped in: the lockout holds.
        KioskFiles.Outcome reread = new KioskFiles(new StrictMapper()).load(folders.content(), folders.config());
        assertThat(reread.isClean()).as("the files read clean: %s", reread.problems()).isTrue();
        GuiActionRunner.execute(() -> {
            kiosk.controller().offer(reread.exhibit().orElseThrow(), reread.config().config().orElseThrow(),
                    reread.config().pin().orElse(null));
            kiosk.controller().applyPending();
            kiosk.controller().backToVisitors();
        });
        assertThat(kiosk.controller().hasPendingContent()).as("the reload was swapped in").isFalse();
        staff.openPinPad();
        assertThat(kiosk.text("pin.message")).as("the pad says it is locked as it opens")
                .startsWith("staff.locked (en)");
        staff.enterPin("1919");
        staff.awaitMessage("staff.locked (en)");
        assertThat(kiosk.isShowing("staff.panel")).as("the right PIN is refused while locked").isFalse();

        // A restart: the lockout is read back from the state folder.
        kiosk.close();
        kiosk = null;
        Path state = folders.content().toAbsolutePath().getParent().resolve("kiosk-state");
        assertThat(state.resolve(PinLockout.FILE_NAME)).exists();
        kiosk = RunningKiosk.start(folders.content(), folders.config(), null);
        staff = StaffEntry.of(kiosk);
        staff.openPinPad();
        assertThat(kiosk.text("pin.message")).as("after a restart the pad is still locked")
                .startsWith("staff.locked (en)");
        staff.enterPin("1919");
        staff.awaitMessage("staff.locked (en)");
        assertThat(kiosk.isShowing("staff.panel")).as("the right PIN is refused after the restart too").isFalse();

        String log = Files.readString(temp.resolve("logs").resolve("kiosk.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("wrong staff PIN (attempt 4 of 5)", "wrong staff PIN (5 in a row); PIN pad locked until",
                "staff PIN attempt while the pad is locked");
        assertThat(log).doesNotContain("1919");
    }
}
