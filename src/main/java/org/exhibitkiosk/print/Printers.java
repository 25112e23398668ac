package org.exhibitkiosk.print;

import java.util.Locale;

/** The printer for a queue's name on this system: CUPS over IPP, or on Windows the spooler. */
public final class Printers {

    private Printers() {
    }

    /** @param queue the queue's name as {@code printing.queue} gives it; empty for the system's default */
    public static Printer forQueue(String queue) {
        return onWindows() ? new SpoolerPrinter(queue) : CupsPrinter.local(queue);
    }

    static boolean onWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }
}
