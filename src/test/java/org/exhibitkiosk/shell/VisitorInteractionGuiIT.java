package org.exhibitkiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.edt.GuiActionRunner;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.content.Panel;
import org.exhibitkiosk.content.Section;
import org.exhibitkiosk.content.UiKey;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.testing.RunningKiosk;
import org.exhibitkiosk.testing.SwingOffTheEdtFails;
import org.exhibitkiosk.testing.TestFolders;
import org.exhibitkiosk.ui.TextBlock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What a visitor (and a member of staff) does with their fingers, on the fullscreen kiosk. */
@ExtendWith(SwingOffTheEdtFails.class)
class VisitorInteractionGuiIT {

    private static Exhibit exhibit;
    private RunningKiosk kiosk;

    @TempDir
    Path temp;

    @BeforeAll
    static void readExhibit() {
        exhibit = new KioskFiles(new StrictMapper()).load(TestFolders.SHIPPED_CONTENT, TestFolders.SHIPPED_CONFIG)
                .exhibit().orElseThrow();
    }

    @AfterEach
    void close() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    void switchingLanguageKeepsTheVisitorsPlace() {
        kiosk = RunningKiosk.start(TestFolders.SHIPPED_CONTENT, TestFolders.SHIPPED_CONFIG, null);
        Section operations = exhibit.section("operations").orElseThrow();
        Panel third = operations.panels().get(2);
        openSection("en", operations);
        kiosk.tap("reader.next");
        kiosk.waitFor("reader.panel." + operations.panels().get(1).id());
        kiosk.tap("reader.next");
        kiosk.waitFor("reader.panel." + third.id());

        kiosk.tap("nav.language.hy");

        kiosk.waitFor("reader.panel." + third.id());
        assertThat(kiosk.text("reader.heading")).isEqualTo(third.heading().in("hy"));
        assertThat(kiosk.text("reader.section")).isEqualTo(operations.title().in("hy"));
        assertThat(kiosk.text("nav.home.label")).isEqualTo(exhibit.text(UiKey.NAV_HOME, "hy"));

        kiosk.tap("nav.home");
        kiosk.waitFor("screen.home");
        kiosk.tap("home.tile.operations");
        kiosk.waitFor("reader.panel." + third.id());
    }

    @Test
    void aPanelThatNamesPlacesLeadsToTheMap() {
        kiosk = RunningKiosk.start(TestFolders.SHIPPED_CONTENT, TestFolders.SHIPPED_CONFIG, null);
        Section operations = exhibit.section("operations").orElseThrow();
        assertThat(operations.panels().get(0).places()).isNotEmpty();
        openSection("en", operations);

        kiosk.tap("reader.map");

        kiosk.waitFor("screen.map");
    }

    @Test
    void swipesTurnThePagesBothWays() {
        kiosk = RunningKiosk.start(TestFolders.SHIPPED_CONTENT, TestFolders.SHIPPED_CONFIG, null);
        Section background = exhibit.section("background").orElseThrow();
        openSection("az", background);

        swipe("reader.surface", -1);
        kiosk.waitFor("reader.panel." + background.panels().get(1).id());
        assertThat(kiosk.text("reader.heading")).isEqualTo(background.panels().get(1).heading().in("az"));

        swipe("reader.surface", 1);
        kiosk.waitFor("reader.panel." + background.panels().get(0).id());
    }

    @Test
    void aSmallMovementIsStillATapButADragIsNot() {
        kiosk = RunningKiosk.start(TestFolders.SHIPPED_CONTENT, TestFolders.SHIPPED_CONFIG, null);
        kiosk.waitFor("screen.welcome");
        Component english = kiosk.find("welcome.language.en");

        drag(english, 0, 40);
        kiosk.robot().waitForIdle();
        assertThat(kiosk.isShowing("screen.home")).as("a drag across a button does not press it").isFalse();
        assertThat(GuiActionRunner.execute(() -> kiosk.controller().visitor().session().language())).isNull();

        drag(english, 8, 0);
        kiosk.waitFor("screen.home");
    }

    @Test
    void twoLanguagesStandSideBySideAndTextGrowsWithoutBeingCutOff() {
        kiosk = RunningKiosk.start(TestFolders.SHIPPED_CONTENT, TestFolders.SHIPPED_CONFIG, null);
        Section aftermath = exhibit.section("aftermath").orElseThrow();
        Panel first = aftermath.panels().get(0);
        openSection("en", aftermath);
        float before = paragraphSize();

        kiosk.tap("nav.two-languages");
        kiosk.waitFor("reader.second.heading");
        assertThat(kiosk.text("reader.second.heading")).isEqualTo(first.heading().in("az"));
        assertThat(kiosk.text("reader.heading")).isEqualTo(first.heading().in("en"));
        kiosk.screenshot("1920x1080/en-two-languages");

        kiosk.tap("nav.text-size");
        kiosk.tap("nav.text-size");
        kiosk.waitFor("reader.second.heading");
        assertThat(paragraphSize()).isGreaterThan(before * 1.3f);
        assertThat(kiosk.layoutProblems()).isEmpty();
        kiosk.screenshot("1920x1080/en-two-languages-largest-text");

        kiosk.tap("nav.two-languages");
        kiosk.waitFor("reader.second.heading");
        assertThat(kiosk.text("reader.second.heading")).isEqualTo(first.heading().in("hy"));
        kiosk.tap("nav.two-languages");
        kiosk.waitFor("reader.heading");
        assertThat(kiosk.isShowing("reader.second.heading")).isFalse();
    }

    @Test
    void keysOfAnAttachedKeyboardLeaveTheKioskFullscreenVisibleAndFocused() {
        kiosk = RunningKiosk.start(TestFolders.SHIPPED_CONTENT, TestFolders.SHIPPED_CONFIG, null);
        kiosk.waitFor("screen.welcome");
        Frame frame = kiosk.window().target();

        kiosk.robot().pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        kiosk.robot().pressAndReleaseKey(KeyEvent.VK_F11);
        kiosk.robot().pressAndReleaseKey(KeyEvent.VK_F4, InputEvent.ALT_DOWN_MASK);
        kiosk.robot().pressAndReleaseKey(KeyEvent.VK_W, InputEvent.CTRL_DOWN_MASK);
        kiosk.robot().pressAndReleaseKey(KeyEvent.VK_Q, InputEvent.CTRL_DOWN_MASK);
        kiosk.robot().pressAndReleaseKey(KeyEvent.VK_TAB, InputEvent.ALT_DOWN_MASK);
        kiosk.robot().waitForIdle();

        assertThat(frame.isShowing()).isTrue();
        assertThat(GuiActionRunner.execute(() -> GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getDefaultScreenDevice().getFullScreenWindow())).isSameAs(frame);
        kiosk.waitUntil("the kiosk has the focus", () -> GuiActionRunner.execute(frame::isFocused), 5_000);
        assertThat(kiosk.isShowing("screen.welcome")).isTrue();
    }

    @Test
    void theRightPinOpensTheStaffPanelAndFiveWrongOnesLockThePad() {
        TestFolders folders = TestFolders.copyInto(temp);
        kiosk = RunningKiosk.start(folders.content(), folders.config(), null);
        kiosk.waitFor("screen.welcome");

        openPinPad();
        enterPin("1919");
        kiosk.waitFor("staff.panel");
        assertThat(kiosk.text("staff.versions")).contains("test-exhibit test-1");
        kiosk.tap("staff.log-out");
        kiosk.waitFor("screen.welcome");

        openPinPad();
        for (int attempt = 1; attempt <= 4; attempt++) {
            enterPin("0000");
            waitForMessage("staff.wrong-pin (en)");
        }
        enterPin("0000");
        waitForMessage("staff.locked (en)");
        enterPin("1919");
        waitForMessage("staff.locked (en)");
        assertThat(kiosk.isShowing("staff.panel")).as("the right PIN is refused while locked").isFalse();
    }

    private void openSection(String language, Section section) {
        kiosk.waitFor("screen.welcome");
        kiosk.tap("welcome.language." + language);
        kiosk.waitFor("screen.home");
        kiosk.tap("home.tile." + section.id());
        Panel first = section.panels().get(0);
        if (first.contentNote() != null) {
            kiosk.waitFor("screen.content-note");
            kiosk.tap("note.continue");
        }
        kiosk.waitFor("reader.panel." + first.id());
    }

    private float paragraphSize() {
        return GuiActionRunner.execute(() -> ((TextBlock) kiosk.find("reader.paragraph.0")).fontSize());
    }

    /** A finger drawn across a component: -1 to the left, +1 to the right. */
    private void swipe(String name, int direction) {
        Component surface = kiosk.find(name);
        int width = surface.getWidth();
        Point start = new Point(width / 2 - direction * width / 4, surface.getHeight() / 2);
        Point end = new Point(width / 2 + direction * width / 4, surface.getHeight() / 2);
        kiosk.robot().pressMouse(surface, start, MouseButton.LEFT_BUTTON);
        for (int step = 1; step <= 8; step++) {
            kiosk.robot().moveMouse(surface, start.x + (end.x - start.x) * step / 8, start.y);
        }
        kiosk.robot().releaseMouse(MouseButton.LEFT_BUTTON);
        kiosk.robot().waitForIdle();
    }

    private void drag(Component component, int dx, int dy) {
        Point start = new Point(component.getWidth() / 2, component.getHeight() / 2);
        kiosk.robot().pressMouse(component, start, MouseButton.LEFT_BUTTON);
        for (int step = 1; step <= 4; step++) {
            kiosk.robot().moveMouse(component, start.x + dx * step / 4, start.y + dy * step / 4);
        }
        kiosk.robot().releaseMouse(MouseButton.LEFT_BUTTON);
    }

    private void openPinPad() {
        Component root = kiosk.window().target();
        for (int tap = 0; tap < 5; tap++) {
            kiosk.robot().click(root, new Point(root.getWidth() - 20, 20));
        }
        kiosk.waitFor("staff.pin-pad");
    }

    private void enterPin(String pin) {
        for (char digit : pin.toCharArray()) {
            kiosk.tap("pin.digit." + digit);
        }
        kiosk.tap("pin.ok");
    }

    /** Waits for the answer to the PIN just entered (the pad clears the last answer on OK). */
    private void waitForMessage(String expected) {
        kiosk.waitUntil("PIN pad says " + expected, () -> kiosk.text("pin.message").startsWith(expected)
                && GuiActionRunner.execute(() -> kiosk.find("pin.ok").isEnabled()), 15_000);
    }
}
