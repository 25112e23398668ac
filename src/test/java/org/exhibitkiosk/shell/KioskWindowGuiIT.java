package org.exhibitkiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.exhibitkiosk.testing.RunningKiosk;
import org.exhibitkiosk.testing.SwingOffTheEdtFails;
import org.exhibitkiosk.testing.TestFolders;
import org.exhibitkiosk.ui.TouchButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The kiosk started as a curator starts it with --windowed, under the (virtual) display. */
@ExtendWith(SwingOffTheEdtFails.class)
class KioskWindowGuiIT {

    @TempDir
    Path temp;
    private RunningKiosk kiosk;

    @AfterEach
    void closeWindow() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    void windowedKioskShowsTheWelcomeScreenWithEachLanguageInItsOwnScript() {
        TestFolders folders = TestFolders.copyInto(temp);

        kiosk = RunningKiosk.start(folders.content(), folders.config(), new Dimension(1600, 900));

        kiosk.waitFor("screen.welcome");
        assertThat(kiosk.window().target().getWidth()).isGreaterThanOrEqualTo(1600);
        assertThat(((TouchButton) kiosk.find("welcome.language.hy")).labelText()).isEqualTo("Հայերեն");
        assertThat(((TouchButton) kiosk.find("welcome.language.az")).labelText()).isEqualTo("Azərbaycanca");
        assertThat(((TouchButton) kiosk.find("welcome.language.en")).labelText()).isEqualTo("English");
        assertThat(kiosk.find("welcome.language.en").getHeight()).as("touch target height")
                .isGreaterThanOrEqualTo(80);
        assertThat(kiosk.text("welcome.title.hy")).isEqualTo("Փորձնական ցուցադրություն");
    }

    @Test
    void brokenContentShowsADignifiedUnavailableScreenNotAStackTrace() throws IOException {
        TestFolders folders = TestFolders.copyInto(temp);
        Files.writeString(folders.content().resolve("exhibit.yaml"), "title: [unclosed\n");

        kiosk = RunningKiosk.start(folders.content(), folders.config(), new Dimension(1600, 900));

        kiosk.waitFor("screen.unavailable");
        assertThat(kiosk.text("unavailable.title.hy")).isEqualTo("Այս ցուցադրությունը ժամանակավորապես հասանելի չէ");
    }
}
