package org.exhibitkiosk.app;

import java.awt.EventQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * For the commands that drive a kiosk from another thread (soak, bench): run work on the EDT and
 * wait for its answer. Never call from the EDT.
 */
final class OnEdt {

    private OnEdt() {
    }

    static <T> T call(Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
