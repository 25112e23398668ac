package org.exhibitkiosk.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A {@link KioskSubject} kiosk in a JVM of its own on a {@link VirtualDisplay}, touched as a finger
 * would through the X server (xdotool), so the window manager and the kiosk's own grabs see every
 * tap. A tap on a button that the staff panel (or any scrolling screen) has scrolled out of view
 * first drags the screen until the button stands still in view; every tap returns only once the
 * kiosk has dispatched its release, so the next question sees what the tap did. Test thread only.
 */
public final class KioskOnDisplay implements StaffEntry.Touch {

    /** A position the same for this long: the screen's fling has stopped. */
    private static final long STILL_MILLIS = 200;
    private static final long TAP_MILLIS = 10_000;
    private static final long REVEAL_MILLIS = 20_000;

    private final VirtualDisplay display;
    private final SubjectProcess kiosk;

    public KioskOnDisplay(VirtualDisplay display, SubjectProcess kiosk) {
        this.display = display;
        this.kiosk = kiosk;
    }

    @Override
    public void tapTopRightCorner() {
        tapAt(1900, 20, "the top right-hand corner");
    }

    /**
     * Taps the named component in the middle, once it stands still in view; fails when there is
     * none, or it cannot be brought into view.
     */
    @Override
    public void tap(String name) {
        String[] at = reveal(name);
        tapAt(Integer.parseInt(at[1]), Integer.parseInt(at[2]), name);
    }

    /** A tap at a point of the screen; returns once the kiosk has dispatched its release (or has ended). */
    public void tapAt(int x, int y, String what) {
        long before = released();
        display.run("xdotool", "mousemove", Integer.toString(x), Integer.toString(y), "click", "1");
        waitUntil("the kiosk takes the tap on " + what + " at " + x + "," + y, () -> ending() || released() > before,
                TAP_MILLIS);
    }

    /**
     * Brings the named component into view, as staff would: a finger's drag over the screen, up
     * when it lies below, down when above, until it stands still where a tap reaches it.
     *
     * @return the answer to {@code where NAME}: "at", X, Y
     */
    public String[] reveal(String name) {
        List<String> seen = new ArrayList<>();
        long[] stillSince = {0};
        String[] last = {""};
        boolean shown = display.await(() -> {
            String where = kiosk.ask("where " + name);
            long now = System.nanoTime();
            if (!where.equals(last[0])) {
                last[0] = where;
                stillSince[0] = now;
                if (seen.size() < 8) {
                    seen.add(where);
                }
            }
            String[] words = where.split(" ");
            if (words[0].equals("hidden")) {
                int x = Integer.parseInt(words[1]);
                boolean below = Integer.parseInt(words[2]) > 540;
                drag(Math.max(40, Math.min(1880, x)), below ? 800 : 300, below ? 300 : 800);
                last[0] = "";
                return false;
            }
            return words[0].equals("at") && now - stillSince[0] >= STILL_MILLIS * 1_000_000;
        }, REVEAL_MILLIS);
        if (!shown) {
            throw new AssertionError(name + " was not brought to stand still in view within " + REVEAL_MILLIS
                    + " ms; where it was: " + seen + "; the kiosk: " + kiosk.ask("state"));
        }
        return last[0].split(" ");
    }

    /** A finger drawn from one height to another, in steps. */
    private void drag(int x, int fromY, int toY) {
        List<String> command = new ArrayList<>(List.of("xdotool", "mousemove", Integer.toString(x),
                Integer.toString(fromY), "mousedown", "1"));
        for (int step = 1; step <= 5; step++) {
            command.addAll(List.of("mousemove", Integer.toString(x), Integer.toString(fromY + (toY - fromY) * step / 5)));
        }
        command.addAll(List.of("mouseup", "1"));
        display.run(command.toArray(String[]::new));
    }

    /** Whether the kiosk has said it ends, or has ended (it answers no more questions then). */
    private boolean ending() {
        return !kiosk.process().isAlive() || kiosk.unasked().stream().anyMatch(answer -> answer.startsWith("exit "));
    }

    /** Mouse releases the kiosk has dispatched; -1 when it does not answer soon (a busy EDT: asked again). */
    private long released() {
        String answer = kiosk.ask("released", 2);
        try {
            return Long.parseLong(answer);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public boolean isShowing(String name) {
        return !"none".equals(where(name));
    }

    /** The answer to {@code where NAME}: "at X Y", "hidden X Y" or "none". */
    public String where(String name) {
        String answer = kiosk.ask("where " + name);
        return answer.startsWith("at ") || answer.startsWith("hidden ") ? answer : "none";
    }

    @Override
    public boolean isEnabled(String name) {
        return "true".equals(kiosk.ask("enabled " + name));
    }

    @Override
    public String text(String name) {
        String answer = kiosk.ask("text " + name);
        return answer.startsWith("text ") ? answer.substring("text ".length()) : "";
    }

    @Override
    public void waitUntil(String what, BooleanSupplier condition, long millis) {
        if (!display.await(condition, millis)) {
            throw new AssertionError("waited " + millis + " ms for " + what + "; the kiosk: "
                    + (kiosk.process().isAlive() ? kiosk.ask("state") : "ended with " + kiosk.process().exitValue()));
        }
    }
}
