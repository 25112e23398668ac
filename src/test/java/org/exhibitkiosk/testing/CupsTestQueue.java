package org.exhibitkiosk.testing;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/**
 * The real CUPS queues that {@code .ci/test.sh} sets up: {@code kiosk-test} (a cups-pdf printer that
 * writes each job as a PDF file), {@code kiosk-test-stopped}, {@code kiosk-test-rejecting}, and the
 * name {@code kiosk-test-missing} that does not exist. Outside CI, without them, the tests that need
 * them are skipped with a note; in CI their absence fails.
 */
public final class CupsTestQueue {

    public static final String STOPPED = "kiosk-test-stopped";
    public static final String REJECTING = "kiosk-test-rejecting";
    public static final String MISSING = "kiosk-test-missing";

    private CupsTestQueue() {
    }

    /** The printing queue, after making sure the CUPS test setup is there. */
    public static String queue() {
        String queue = System.getenv("KIOSK_TEST_QUEUE");
        if (queue == null || queue.isBlank()) {
            String why = "KIOSK_TEST_QUEUE is not set: run the tests with 'bash .ci/test.sh', which sets up CUPS";
            if (System.getenv("CI") != null) {
                fail(why);
            }
            assumeTrue(false, why);
        }
        return queue;
    }

    /** Where cups-pdf writes the jobs' PDFs. */
    public static Path pdfFolder() {
        queue();
        return Path.of(System.getenv("KIOSK_TEST_PDF_DIR"));
    }

    /**
     * Waits until cups-pdf has written the PDF of the job named {@code jobName}: cups-pdf names each
     * file after the job's title, then adds what its settings say (which differs between setups).
     */
    public static Path awaitPdfNamed(String jobName) {
        Path folder = pdfFolder();
        Pause.pause(new Condition("the PDF of job '" + jobName + "' in " + folder) {
            @Override
            public boolean test() {
                return pdfOf(folder, jobName) != null;
            }
        }, Timeout.timeout(30_000));
        return pdfOf(folder, jobName);
    }

    private static Path pdfOf(Path folder, String jobName) {
        if (!Files.isDirectory(folder)) {
            return null;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(jobName)
                    && f.getFileName().toString().endsWith(".pdf")).findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
