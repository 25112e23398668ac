package org.exhibitkiosk.shell;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.platform.unix.X11;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.NativeLongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.awt.Toolkit;
import java.awt.Window;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exhibitkiosk.concurrent.Threads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the kiosk's window in place under an X11 window manager (or none, or Xwayland), through
 * a connection of its own to the X server: it grabs the keyboard, so the window manager's own keys
 * (show desktop, switch desktops, minimise, close, window menu, move, resize) never reach it and no
 * other window receives a key; it asks for, and keeps, the window's EWMH state (fullscreen, above,
 * sticky on all desktops, skipped by taskbar and pager) and takes away the window manager's move,
 * resize, minimise and close; and when the window is unmapped, minimised, moved to another desktop,
 * covered or loses focus, it maps, raises and activates it again. Two things no window manager
 * sees are undone too: a window of another program that bypasses the window manager
 * (override-redirect) lying over the kiosk is put below it, and the kiosk's window put inside
 * another window (reparented) is put back on the root window. It checks ten times a second on
 * a daemon thread of its own, which alone uses the connection; what Java must do itself (restore
 * its frame's state, take focus) it hands to the EDT.
 *
 * <p>Calls about other programs' windows may find them gone (an X error): AWT's own error handler,
 * which serves every connection of the process, logs such errors and goes on (it never calls
 * Xlib's default handler, which would end the process); the call then reports failure and the
 * window is left alone. Thread-safe.
 */
final class X11Guard {

    private static final Logger LOG = LoggerFactory.getLogger(X11Guard.class);
    private static final long PERIOD_MS = 100;
    /** The window manager is looked for again this often: it may start, stop or be replaced. */
    private static final long WM_CHECK_MS = 2_000;
    /** Checks a window may take to stand as it should after it opens (the window manager takes it on). */
    private static final int SETTLE_CHECKS = 100;
    private static final long ALL_DESKTOPS = 0xFFFFFFFFL;
    private static final int IS_VIEWABLE = 2;
    private static final int GRAB_SUCCESS = 0;
    private static final int SOURCE_PAGER = 2;
    private static final int NET_WM_STATE_REMOVE = 0;
    private static final int NET_WM_STATE_ADD = 1;
    private static final int ABOVE = 0;
    /** _MOTIF_WM_HINTS: flags (functions and decorations given), functions none, decorations none. */
    private static final long MWM_HINTS_FUNCTIONS = 1;
    private static final long MWM_HINTS_DECORATIONS = 2;

    /** What can be wrong with the window; each is logged once when it starts. */
    enum Trouble {
        UNMAPPED("the kiosk window was unmapped or minimised; showing it again"),
        STATE("the window manager changed the kiosk window's state (%s); asking again"),
        DESKTOP("the kiosk window left the current desktop; putting it on all desktops"),
        NOT_ACTIVE("another window was made active; activating the kiosk again"),
        COVERED("another window was raised over the kiosk; raising it again"),
        BYPASSING("a window that bypasses the window manager (%s) lay over the kiosk; raising the kiosk above it"),
        TRAPPED("the kiosk window was put inside another window (%s); putting it back on the root window"),
        KEYBOARD("the keyboard could not be grabbed (%s); retrying");

        final String message;

        Trouble(String message) {
            this.message = message;
        }
    }

    private final X11 x;
    private final X11.Display display;
    private final X11.Window window;
    private final X11.Window root;
    private final Runnable javaSide;
    private final Atoms atoms;
    private final Set<Trouble> ongoing = EnumSet.noneOf(Trouble.class);
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long keysSwallowed;
    private boolean grabbed;
    private boolean windowManager;
    /** The EWMH atoms the window manager supports: only those are asked for. */
    private Set<Long> supported = Set.of();
    /** Until the window first stands as it should, what is missing is the start, not a trouble. */
    private boolean settled;
    private int unsettledChecks;
    private int aboveAsked;
    private int coveredChecks;
    private boolean aboveRefused;
    private long lastWmCheck;
    /** The bits of a window's id that name its X client (the rest count its resources). */
    private final long clientBits;

    private X11Guard(X11 x, X11.Display display, long windowId, Runnable javaSide) {
        this.x = x;
        this.display = display;
        this.window = new X11.Window(windowId);
        this.root = x.XDefaultRootWindow(display);
        this.javaSide = javaSide;
        this.atoms = new Atoms(x, display);
        this.thread = Threads.named("x11-lockdown").newThread(this::run);
        this.clientBits = ~resourceMask(display);
    }

    /** Xlib calls that JNA's X11 does not map. */
    interface Xlib extends Library {
        Xlib INSTANCE = Native.load("X11", Xlib.class);

        int XReparentWindow(X11.Display display, X11.Window window, X11.Window parent, int x, int y);

        /** Stacks {@code windows} (a C array of {@code count} ids) in that order, the first on top. */
        int XRestackWindows(X11.Display display, Pointer windows, int count);
    }

    /**
     * The server's resource mask, as Xlib keeps it in its Display (the field after the resource
     * base, both after ext_data, private1, four ints and vendor: Xlib's ABI since X11R6); the
     * usual mask when what is read there is not one.
     */
    private static long resourceMask(X11.Display display) {
        long usual = 0x1FFFFFL;
        try {
            long base = 3L * Native.POINTER_SIZE + 16;
            long mask = display.getPointer().getNativeLong(base + Native.LONG_SIZE).longValue();
            boolean plausible = mask >= 0xFFFFL && mask <= 0x3FFFFFFFL && (mask & (mask + 1)) == 0;
            return plausible ? mask : usual;
        } catch (RuntimeException e) {
            return usual;
        }
    }

    /**
     * Starts guarding a shown window; null where the toolkit is not X11 (Windows, macOS) or no
     * connection to the X server can be made (logged). EDT only.
     *
     * @param javaSide what the EDT does to bring the window back by Java's means (restore, front, focus)
     */
    static X11Guard start(Window frame, Runnable javaSide) {
        Threads.assertEdt();
        if (!"sun.awt.X11.XToolkit".equals(Toolkit.getDefaultToolkit().getClass().getName())) {
            return null;
        }
        try {
            long id = Native.getWindowID(frame);
            X11 x = X11.INSTANCE;
            X11.Display display = x.XOpenDisplay(null);
            if (display == null) {
                LOG.warn("lockdown: no second connection to the X server; the window is held by Java's means only");
                return null;
            }
            X11Guard guard = new X11Guard(x, display, id, javaSide);
            guard.thread.start();
            return guard;
        } catch (LinkageError | RuntimeException e) {
            LOG.warn("lockdown: the X11 guard cannot start ({}); the window is held by Java's means only",
                    e.toString());
            return null;
        }
    }

    /** Key presses and releases that reached the kiosk's grab (and so no other window). */
    long keysSwallowed() {
        return keysSwallowed;
    }

    /** Stops guarding, lets go of the keyboard and closes the connection; returns once done. Any thread. */
    void stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            while (running) {
                try {
                    check();
                } catch (RuntimeException e) {
                    LOG.warn("lockdown: checking the window failed: {}", e.toString());
                }
                try {
                    Thread.sleep(PERIOD_MS);
                } catch (InterruptedException e) {
                    break;
                }
            }
        } finally {
            if (grabbed) {
                x.XUngrabKeyboard(display, new NativeLong(0));
            }
            x.XCloseDisplay(display);
        }
    }

    private void check() {
        drainEvents();
        long now = System.nanoTime() / 1_000_000;
        if (now - lastWmCheck >= WM_CHECK_MS) {
            lastWmCheck = now;
            windowManager = windowManagerRuns();
            supported = Set.copyOf(cardinals(root, atoms.netSupported, X11.XA_ATOM));
        }
        Set<Trouble> found = EnumSet.noneOf(Trouble.class);
        List<String> stateDetail = new ArrayList<>();
        String grabDetail = "";
        Map<Trouble, String> details = new EnumMap<>(Trouble.class);
        keepMotifHints();
        List<Long> ancestors = ancestors(window);
        if (trapped(ancestors)) {
            found.add(Trouble.TRAPPED);
            details.put(Trouble.TRAPPED, hex(ancestors.get(0)));
            grabbed = false;
            // Mapped again on the root window: a window manager takes it on anew, and the checks
            // below ask for its state again.
            Xlib.INSTANCE.XReparentWindow(display, window, root, 0, 0);
            x.XMapRaised(display, window);
            ancestors = List.of();
        }
        List<Long> bypassing = bypassingOver(ancestors.isEmpty() ? window.longValue()
                : ancestors.get(ancestors.size() - 1));
        if (!bypassing.isEmpty()) {
            found.add(Trouble.BYPASSING);
            details.put(Trouble.BYPASSING, String.join(", ", bypassing.stream().map(X11Guard::hex).toList()));
            restackBelow(ancestors.isEmpty() ? window.longValue() : ancestors.get(ancestors.size() - 1), bypassing);
        }
        X11.XWindowAttributes attributes = new X11.XWindowAttributes();
        x.XGetWindowAttributes(display, window, attributes);
        boolean viewable = attributes.map_state == IS_VIEWABLE;
        if (!viewable) {
            found.add(Trouble.UNMAPPED);
            grabbed = false;
            x.XMapRaised(display, window);
        }
        if (windowManager) {
            Set<Long> state = new LinkedHashSet<>(cardinals(window, atoms.netWmState, X11.XA_ATOM));
            if (state.contains(atoms.hidden)) {
                found.add(Trouble.UNMAPPED);
            }
            List<Long> desktop = cardinals(window, atoms.netWmDesktop, X11.XA_CARDINAL);
            boolean onAllDesktops = !desktop.isEmpty() && desktop.get(0) == ALL_DESKTOPS;
            if (onAllDesktops) {
                // Some window managers (openbox) say "sticky" only by the desktop number.
                state.add(atoms.sticky);
            }
            if (state.contains(atoms.fullscreen) && !state.contains(atoms.above)) {
                // Some window managers (xfwm4) keep fullscreen windows in a layer of their own, above
                // every "above" window, and drop "above" when asked for both: stop asking then.
                if (++aboveAsked > 3 && !aboveRefused) {
                    aboveRefused = true;
                    LOG.info("lockdown: the window manager keeps the fullscreen kiosk in a layer of its own,"
                            + " without 'above'");
                }
            } else {
                aboveAsked = 0;
            }
            List<Long> missing = new ArrayList<>();
            for (long wanted : atoms.wantedStates) {
                if (wanted == atoms.above && aboveRefused) {
                    continue;
                }
                if (supported.contains(wanted) && !state.contains(wanted)) {
                    missing.add(wanted);
                    stateDetail.add(atoms.nameOf(wanted) + " off");
                }
            }
            if (!missing.isEmpty()) {
                found.add(Trouble.STATE);
                for (int i = 0; i < missing.size(); i += 2) {
                    send(atoms.netWmState, NET_WM_STATE_ADD, missing.get(i),
                            i + 1 < missing.size() ? missing.get(i + 1) : 0, SOURCE_PAGER, 0);
                }
            }
            if (!onAllDesktops && supported.contains(atoms.netWmDesktop.longValue())) {
                found.add(Trouble.DESKTOP);
                send(atoms.netWmDesktop, ALL_DESKTOPS, SOURCE_PAGER, 0, 0, 0);
            }
            List<Long> showingDesktop = cardinals(root, atoms.netShowingDesktop, X11.XA_CARDINAL);
            if (!showingDesktop.isEmpty() && showingDesktop.get(0) != 0) {
                // "Show desktop" hides every window (xfwm4 keeps them mapped but out of the way).
                found.add(Trouble.UNMAPPED);
                send(root, atoms.netShowingDesktop, 0, 0, 0, 0, 0);
            }
            List<Long> active = cardinals(root, atoms.netActiveWindow, X11.XA_WINDOW);
            List<Long> stacking = cardinals(root, atoms.netClientListStacking, X11.XA_WINDOW);
            boolean isActive = !active.isEmpty() && active.get(0) == window.longValue();
            boolean onTop = stacking.isEmpty() || stacking.get(stacking.size() - 1) == window.longValue();
            if (!isActive) {
                found.add(Trouble.NOT_ACTIVE);
            }
            if (!onTop) {
                found.add(Trouble.COVERED);
                send(atoms.netRestackWindow, SOURCE_PAGER, 0, ABOVE, 0, 0);
                if (++coveredChecks > 1) {
                    // Still covered: a window that keeps itself "above" stays over fullscreen ones
                    // under some window managers (xfwm4). It loses "above" (a message about it to
                    // the root window: no X error, even should it be gone).
                    int at = stacking.indexOf(window.longValue());
                    for (long other : stacking.subList(at + 1, stacking.size())) {
                        send(new X11.Window(other), atoms.netWmState, NET_WM_STATE_REMOVE, atoms.above, 0,
                                SOURCE_PAGER, 0);
                    }
                }
            } else {
                coveredChecks = 0;
            }
            if (!isActive || !onTop || found.contains(Trouble.UNMAPPED)) {
                send(atoms.netActiveWindow, SOURCE_PAGER, 0, 0, 0, 0);
            }
        }
        if (!windowManager && viewable && !topOfRoot()) {
            // No window manager stacks windows: a newly mapped window lies over the kiosk until it rises.
            found.add(Trouble.COVERED);
            x.XRaiseWindow(display, window);
        }
        if (viewable) {
            int status = x.XGrabKeyboard(display, window, 0, X11.GrabModeAsync, X11.GrabModeAsync, new NativeLong(0));
            grabbed = status == GRAB_SUCCESS;
            if (!grabbed) {
                found.add(Trouble.KEYBOARD);
                grabDetail = status == 1 ? "another program holds it" : "status " + status;
            }
        }
        x.XFlush(display);
        if (found.contains(Trouble.UNMAPPED) || found.contains(Trouble.NOT_ACTIVE) || found.contains(Trouble.COVERED)
                || found.contains(Trouble.TRAPPED) || !windowManager && !found.isEmpty()) {
            Threads.onEdt(javaSide);
        }
        details.put(Trouble.STATE, String.join(", ", stateDetail));
        details.put(Trouble.KEYBOARD, grabDetail);
        report(found, details);
    }

    /** Logs each trouble once when it starts, and once when all is well again. */
    private void report(Set<Trouble> found, Map<Trouble, String> details) {
        if (!settled) {
            if (!found.isEmpty() && ++unsettledChecks == SETTLE_CHECKS) {
                // Never stood as it should: say what is wrong, then report as usual.
                settled = true;
                LOG.warn("lockdown: the kiosk window does not stand as it should after {} s: {}",
                        SETTLE_CHECKS * PERIOD_MS / 1000, found);
                ongoing.addAll(found);
                return;
            }
            if (found.isEmpty()) {
                settled = true;
                LOG.info("lockdown: the kiosk window stands{}: fullscreen, on top, focused{}", windowManager
                        ? " under the window manager" : " with no window manager", grabbed ? ", keyboard grabbed" : "");
            }
            return;
        }
        for (Trouble trouble : found) {
            if (ongoing.add(trouble)) {
                LOG.warn("lockdown: " + trouble.message.formatted(details.getOrDefault(trouble, "")));
            }
        }
        if (!ongoing.isEmpty() && found.isEmpty()) {
            LOG.info("lockdown: the kiosk window is back: fullscreen, on top and focused");
        }
        ongoing.retainAll(found);
    }

    /** Keys reach the grab, not the window manager: they are read and dropped. */
    private void drainEvents() {
        X11.XEvent event = new X11.XEvent();
        while (x.XPending(display) > 0) {
            x.XNextEvent(display, event);
            if (event.type == X11.KeyPress || event.type == X11.KeyRelease) {
                keysSwallowed++;
            }
        }
    }

    /** The window's parent, its parent's parent..., up to (without) the root window. */
    private List<Long> ancestors(X11.Window of) {
        List<Long> chain = new ArrayList<>();
        X11.Window at = of;
        for (int depth = 0; depth < 16; depth++) {
            X11.WindowByReference rootReturn = new X11.WindowByReference();
            X11.WindowByReference parentReturn = new X11.WindowByReference();
            PointerByReference children = new PointerByReference();
            IntByReference count = new IntByReference();
            if (x.XQueryTree(display, at, rootReturn, parentReturn, children, count) == 0) {
                break;
            }
            if (children.getValue() != null) {
                x.XFree(children.getValue());
            }
            X11.Window parent = parentReturn.getValue();
            if (parent == null || parent.longValue() == 0 || parent.longValue() == root.longValue()) {
                break;
            }
            chain.add(parent.longValue());
            at = parent;
        }
        return chain;
    }

    /**
     * Whether the window lies inside a window that is not the window manager's frame: with no
     * window manager, any parent but the root; under one, a parent the window manager manages as
     * a client (ICCCM: it has WM_STATE), which no frame has.
     */
    private boolean trapped(List<Long> ancestors) {
        if (ancestors.isEmpty()) {
            return false;
        }
        if (!windowManager) {
            return true;
        }
        for (long ancestor : ancestors) {
            if (!cardinals(new X11.Window(ancestor), atoms.wmState, atoms.wmState).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The mapped windows of other programs that bypass the window manager (override-redirect) and
     * lie over the kiosk's top-level window (the kiosk's own popups excepted), lowest first.
     */
    private List<Long> bypassingOver(long topLevel) {
        List<Long> children = rootChildren();
        int at = children.indexOf(topLevel);
        List<Long> over = new ArrayList<>();
        if (at < 0) {
            return over;
        }
        X11.XWindowAttributes kiosk = new X11.XWindowAttributes();
        if (x.XGetWindowAttributes(display, new X11.Window(topLevel), kiosk) == 0) {
            return over;
        }
        for (long child : children.subList(at + 1, children.size())) {
            if ((child & clientBits) == (window.longValue() & clientBits)) {
                continue;
            }
            X11.XWindowAttributes other = new X11.XWindowAttributes();
            if (x.XGetWindowAttributes(display, new X11.Window(child), other) == 0) {
                continue;
            }
            boolean overlaps = other.x < kiosk.x + kiosk.width && kiosk.x < other.x + other.width
                    && other.y < kiosk.y + kiosk.height && kiosk.y < other.y + other.height;
            if (other.override_redirect && other.map_state == IS_VIEWABLE && overlaps) {
                over.add(child);
            }
        }
        return over;
    }

    /** Puts {@code windows} (which bypass the window manager: no one else stacks them) just below the kiosk's. */
    private void restackBelow(long topLevel, List<Long> windows) {
        Memory ids = new Memory((long) (windows.size() + 1) * Native.LONG_SIZE);
        ids.setNativeLong(0, new NativeLong(topLevel));
        for (int i = windows.size() - 1, slot = 1; i >= 0; i--, slot++) {
            ids.setNativeLong((long) slot * Native.LONG_SIZE, new NativeLong(windows.get(i)));
        }
        Xlib.INSTANCE.XRestackWindows(display, ids, windows.size() + 1);
    }

    /** The root window's children, bottom first. */
    private List<Long> rootChildren() {
        X11.WindowByReference rootReturn = new X11.WindowByReference();
        X11.WindowByReference parentReturn = new X11.WindowByReference();
        PointerByReference children = new PointerByReference();
        IntByReference count = new IntByReference();
        List<Long> ids = new ArrayList<>();
        if (x.XQueryTree(display, root, rootReturn, parentReturn, children, count) == 0) {
            return ids;
        }
        Pointer list = children.getValue();
        if (list == null) {
            return ids;
        }
        try {
            for (int i = 0; i < count.getValue(); i++) {
                ids.add(list.getNativeLong((long) i * Native.LONG_SIZE).longValue());
            }
        } finally {
            x.XFree(list);
        }
        return ids;
    }

    private static String hex(long id) {
        return "0x" + Long.toHexString(id);
    }

    /** Whether the kiosk's window is the topmost child of the root window (no window manager). */
    private boolean topOfRoot() {
        X11.WindowByReference rootReturn = new X11.WindowByReference();
        X11.WindowByReference parentReturn = new X11.WindowByReference();
        PointerByReference children = new PointerByReference();
        IntByReference count = new IntByReference();
        if (x.XQueryTree(display, root, rootReturn, parentReturn, children, count) == 0) {
            return true;
        }
        Pointer list = children.getValue();
        if (list == null) {
            return true;
        }
        try {
            int n = count.getValue();
            return n == 0 || list.getNativeLong((long) (n - 1) * Native.LONG_SIZE).longValue() == window.longValue();
        } finally {
            x.XFree(list);
        }
    }

    private boolean windowManagerRuns() {
        List<Long> check = cardinals(root, atoms.netSupportingWmCheck, X11.XA_WINDOW);
        return !check.isEmpty() && check.get(0) != 0;
    }

    /** No window manager functions (move, resize, minimise, maximise, close) and no decorations. */
    private void keepMotifHints() {
        List<Long> hints = cardinals(window, atoms.motifWmHints, atoms.motifWmHintsType);
        long flags = MWM_HINTS_FUNCTIONS | MWM_HINTS_DECORATIONS;
        if (hints.size() >= 3 && hints.get(0) == flags && hints.get(1) == 0 && hints.get(2) == 0) {
            return;
        }
        Memory data = new Memory(5L * Native.LONG_SIZE);
        data.clear();
        data.setNativeLong(0, new NativeLong(flags));
        x.XChangeProperty(display, window, atoms.motifWmHintsAtom, atoms.motifWmHintsAtom, 32, X11.PropModeReplace,
                data, 5);
    }

    /** A client message to the root window about the kiosk's window, as EWMH asks. */
    private void send(X11.Atom type, long l0, long l1, long l2, long l3, long l4) {
        send(window, type, l0, l1, l2, l3, l4);
    }

    private void send(X11.Window about, X11.Atom type, long l0, long l1, long l2, long l3, long l4) {
        X11.XEvent event = new X11.XEvent();
        event.type = X11.ClientMessage;
        event.setType(X11.XClientMessageEvent.class);
        event.xclient.type = X11.ClientMessage;
        event.xclient.send_event = 1;
        event.xclient.display = display;
        event.xclient.window = about;
        event.xclient.message_type = type;
        event.xclient.format = 32;
        event.xclient.data.setType(NativeLong[].class);
        event.xclient.data.l[0] = new NativeLong(l0);
        event.xclient.data.l[1] = new NativeLong(l1);
        event.xclient.data.l[2] = new NativeLong(l2);
        event.xclient.data.l[3] = new NativeLong(l3);
        event.xclient.data.l[4] = new NativeLong(l4);
        x.XSendEvent(display, root, 0, new NativeLong(X11.SubstructureRedirectMask | X11.SubstructureNotifyMask),
                event);
    }

    private List<Long> cardinals(X11.Window of, X11.Atom property, X11.Atom type) {
        X11.AtomByReference actualType = new X11.AtomByReference();
        IntByReference format = new IntByReference();
        NativeLongByReference count = new NativeLongByReference();
        NativeLongByReference after = new NativeLongByReference();
        PointerByReference data = new PointerByReference();
        int status = x.XGetWindowProperty(display, of, property, new NativeLong(0), new NativeLong(1024), false,
                type, actualType, format, count, after, data);
        List<Long> values = new ArrayList<>();
        Pointer pointer = data.getValue();
        if (status == 0 && pointer != null) {
            if (format.getValue() == 32) {
                // Format 32 comes as C longs, whatever their size.
                for (int i = 0; i < count.getValue().intValue(); i++) {
                    values.add(pointer.getNativeLong((long) i * Native.LONG_SIZE).longValue()
                            & (Native.LONG_SIZE == 8 ? 0xFFFFFFFFL : -1L));
                }
            }
            x.XFree(pointer);
        }
        return values;
    }

    /** The atoms the guard uses, interned once. */
    private static final class Atoms {
        final X11.Atom netWmState;
        final X11.Atom netWmDesktop;
        final X11.Atom netActiveWindow;
        final X11.Atom netClientListStacking;
        final X11.Atom netRestackWindow;
        final X11.Atom netSupportingWmCheck;
        final X11.Atom netSupported;
        final X11.Atom netShowingDesktop;
        final long sticky;
        final long fullscreen;
        final long above;
        final X11.Atom motifWmHintsAtom;
        final X11.Atom motifWmHintsType;
        final X11.Atom motifWmHints;
        final long hidden;
        final X11.Atom wmState;
        final long[] wantedStates;
        private final String[] wantedNames = {"fullscreen", "above", "sticky", "skip taskbar", "skip pager"};

        Atoms(X11 x, X11.Display display) {
            netWmState = x.XInternAtom(display, "_NET_WM_STATE", false);
            netWmDesktop = x.XInternAtom(display, "_NET_WM_DESKTOP", false);
            netActiveWindow = x.XInternAtom(display, "_NET_ACTIVE_WINDOW", false);
            netClientListStacking = x.XInternAtom(display, "_NET_CLIENT_LIST_STACKING", false);
            netRestackWindow = x.XInternAtom(display, "_NET_RESTACK_WINDOW", false);
            netSupportingWmCheck = x.XInternAtom(display, "_NET_SUPPORTING_WM_CHECK", false);
            netSupported = x.XInternAtom(display, "_NET_SUPPORTED", false);
            netShowingDesktop = x.XInternAtom(display, "_NET_SHOWING_DESKTOP", false);
            sticky = x.XInternAtom(display, "_NET_WM_STATE_STICKY", false).longValue();
            motifWmHintsAtom = x.XInternAtom(display, "_MOTIF_WM_HINTS", false);
            motifWmHintsType = motifWmHintsAtom;
            motifWmHints = motifWmHintsAtom;
            hidden = x.XInternAtom(display, "_NET_WM_STATE_HIDDEN", false).longValue();
            wmState = x.XInternAtom(display, "WM_STATE", false);
            fullscreen = x.XInternAtom(display, "_NET_WM_STATE_FULLSCREEN", false).longValue();
            above = x.XInternAtom(display, "_NET_WM_STATE_ABOVE", false).longValue();
            wantedStates = new long[] {
                x.XInternAtom(display, "_NET_WM_STATE_FULLSCREEN", false).longValue(),
                x.XInternAtom(display, "_NET_WM_STATE_ABOVE", false).longValue(),
                x.XInternAtom(display, "_NET_WM_STATE_STICKY", false).longValue(),
                x.XInternAtom(display, "_NET_WM_STATE_SKIP_TASKBAR", false).longValue(),
                x.XInternAtom(display, "_NET_WM_STATE_SKIP_PAGER", false).longValue(),
            };
        }

        String nameOf(long atom) {
            for (int i = 0; i < wantedStates.length; i++) {
                if (wantedStates[i] == atom) {
                    return wantedNames[i];
                }
            }
            return Long.toString(atom);
        }
    }
}
