package org.exhibitkiosk.concurrent;

import java.util.concurrent.CompletionException;

/**
 * Where a failure of background work is reported once the screen that started the work has been
 * put right (its button enabled again, a line saying what failed): the crash guard, which counts
 * and logs it, so the soak and the health report see it. Implementations are thread-safe.
 */
@FunctionalInterface
public interface Failures {

    void report(Throwable error);

    /** What went wrong, in one line for a person: the first message found down the causes. */
    static String oneLine(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && (t.getMessage() == null || t.getMessage().isBlank()
                || t instanceof CompletionException)) {
            t = t.getCause();
        }
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            message = t.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
