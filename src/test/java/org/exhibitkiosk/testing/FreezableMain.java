package org.exhibitkiosk.testing;

import java.awt.EventQueue;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import org.exhibitkiosk.app.Main;

/**
 * The kiosk's own {@link Main}, unchanged (its exit, its shutdown hook), in a JVM of its own, with
 * one thing a test can do to it from outside: {@code freeze} on standard input stops its event
 * thread for good, as a deadlock or an endless loop in the interface would. It answers {@code
 * subject: frozen} once the event thread has stopped. The stall lives here, in the tests, so the
 * kiosk itself has no hook for it.
 */
public final class FreezableMain {

    private FreezableMain() {
    }

    public static void main(String[] args) throws Exception {
        Main.main(args);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.strip().equals("freeze")) {
                EventQueue.invokeLater(FreezableMain::stallForEver);
            }
        }
    }

    /** Holds the event thread: nothing counts the latch down, and an interrupt does not end the stall. */
    private static void stallForEver() {
        System.out.println("subject: frozen");
        System.out.flush();
        CountDownLatch never = new CountDownLatch(1);
        while (true) {
            try {
                never.await();
            } catch (InterruptedException e) {
                // a stuck event thread stays stuck
            }
        }
    }
}
