package org.exhibitkiosk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Point;
import java.util.function.BooleanSupplier;
import org.assertj.swing.edt.GuiActionRunner;

/**
 * The staff's way into the kiosk, the same in every GUI test: five taps in the top right-hand
 * corner open the PIN pad; the digits and OK enter a PIN, and the pad's answer is awaited before
 * the test goes on. It drives whichever kiosk a test touches, through {@link Touch}: one in this
 * JVM, through AssertJ Swing's robot ({@link #of(RunningKiosk)}), or one in a JVM of its own on a
 * virtual display, through xdotool ({@link KioskOnDisplay}). Test thread only.
 */
public final class StaffEntry {

    /** How long the PIN pad may take to open and to answer a PIN (it checks off the EDT, on purpose slowly). */
    private static final long PAD_MILLIS = 15_000;

    /** What the staff's way in needs of a kiosk under test. */
    public interface Touch {
        /** One tap near the top right-hand corner of the screen, where the staff gesture is. */
        void tapTopRightCorner();

        /** A tap on the named button (brought into view first if it scrolls); returns once the kiosk acted on it. */
        void tap(String name);

        /** Whether a component of that name is on screen. */
        boolean isShowing(String name);

        /** Whether the named component is on screen and enabled. */
        boolean isEnabled(String name);

        /** The text of the named text block. */
        String text(String name);

        /** Waits until {@code condition} holds; fails naming {@code what} and what the screen showed. */
        void waitUntil(String what, BooleanSupplier condition, long millis);
    }

    private final Touch kiosk;

    public StaffEntry(Touch kiosk) {
        this.kiosk = kiosk;
    }

    /**
     * For a kiosk in this JVM: taps through its robot, which waits until the EDT is idle; a button
     * is tapped once it shows and no slide is under way.
     */
    public static StaffEntry of(RunningKiosk kiosk) {
        return new StaffEntry(new Touch() {
            @Override
            public void tapTopRightCorner() {
                Component root = kiosk.window().target();
                kiosk.robot().click(root, new Point(root.getWidth() - 20, 20));
            }

            @Override
            public void tap(String name) {
                kiosk.waitFor(name);
                kiosk.tap(name);
            }

            @Override
            public boolean isShowing(String name) {
                return kiosk.isShowing(name);
            }

            @Override
            public boolean isEnabled(String name) {
                return GuiActionRunner.execute(() -> {
                    Component found = kiosk.find(name);
                    return found != null && found.isEnabled();
                });
            }

            @Override
            public String text(String name) {
                return kiosk.text(name);
            }

            @Override
            public void waitUntil(String what, BooleanSupplier condition, long millis) {
                kiosk.waitUntil(what, condition, millis);
            }
        });
    }

    /** The staff gesture: five taps in the top right-hand corner; returns once the PIN pad shows. */
    public void openPinPad() {
        for (int tap = 0; tap < 5; tap++) {
            kiosk.tapTopRightCorner();
        }
        kiosk.waitUntil("the staff gesture opens the PIN pad", () -> kiosk.isShowing("pin.digit.1"), PAD_MILLIS);
    }

    /**
     * Enters {@code pin} and OK; returns once the pad has answered: its keys work again (a wrong PIN,
     * the lock) or it has gone (the right PIN opened the staff panel). The pad clears its last
     * answer on OK, so {@link #awaitMessage} then reads this PIN's answer.
     */
    public void enterPin(String pin) {
        assertThat(kiosk.isShowing("pin.ok")).as("the PIN pad is open").isTrue();
        for (char digit : pin.toCharArray()) {
            kiosk.tap("pin.digit." + digit);
        }
        kiosk.tap("pin.ok");
        kiosk.waitUntil("the PIN pad to answer the PIN", () -> !kiosk.isShowing("staff.pin-pad")
                || kiosk.isEnabled("pin.ok"), PAD_MILLIS);
    }

    /** Waits until the PIN pad's message starts with {@code expected}. */
    public void awaitMessage(String expected) {
        kiosk.waitUntil("the PIN pad says " + expected, () -> kiosk.isShowing("pin.message")
                && kiosk.text("pin.message").startsWith(expected), PAD_MILLIS);
    }

    /** The gesture and the right PIN; returns once the staff panel shows. */
    public void logIn(String pin) {
        openPinPad();
        enterPin(pin);
        kiosk.waitUntil("the right PIN opens the staff panel", () -> kiosk.isShowing("staff.panel"), PAD_MILLIS);
    }
}
