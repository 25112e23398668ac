package org.exhibitkiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Frame;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.JButton;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Timeout;
import org.exhibitkiosk.app.KioskLauncher;
import org.exhibitkiosk.app.Main;
import org.exhibitkiosk.testing.TestFolders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kiosk started as a curator starts it with --windowed, under the (virtual) display. */
class KioskWindowGuiTest {

    @TempDir
    Path temp;
    private Robot robot;
    private FrameFixture window;

    @BeforeAll
    static void failOnSwingOffTheEdt() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void startRobot() {
        robot = BasicRobot.robotWithNewAwtHierarchy();
    }

    @AfterEach
    void closeWindow() {
        if (window != null) {
            window.cleanUp();
        } else {
            robot.cleanUp();
        }
    }

    @Test
    void windowedKioskShowsTheWelcomeScreenInEveryLanguage() {
        TestFolders folders = TestFolders.copyInto(temp);

        launch(folders);

        window.panel("screen.welcome").requireVisible();
        for (String language : new String[] {"en", "az", "hy"}) {
            window.button("welcome.language." + language).requireVisible().requireEnabled();
        }
        assertThat(window.button("welcome.language.hy").target().getText()).isEqualTo("Հայերեն");
        assertThat(window.button("welcome.language.az").target().getText()).isEqualTo("Azərbaycanca");
        JButton english = window.button("welcome.language.en").target();
        assertThat(english.getHeight()).as("touch target height").isGreaterThanOrEqualTo(80);
    }

    @Test
    void brokenContentShowsADignifiedUnavailableScreenNotAStackTrace() throws IOException {
        TestFolders folders = TestFolders.copyInto(temp);
        Files.writeString(folders.content().resolve("exhibit.yaml"), "title: [unclosed\n");

        launch(folders);

        window.panel("screen.unavailable").requireVisible();
    }

    private void launch(TestFolders folders) {
        int code = KioskLauncher.launch(new KioskLauncher.Options(folders.content(), folders.config(),
                true, false, null));
        assertThat(code).isEqualTo(Main.OK);
        window = WindowFinder.findFrame(new GenericTypeMatcher<Frame>(Frame.class) {
            @Override
            protected boolean isMatching(Frame frame) {
                return "kiosk.frame".equals(frame.getName()) && frame.isShowing();
            }
        }).withTimeout(30_000).using(robot);
        window.requireVisible();
    }
}
