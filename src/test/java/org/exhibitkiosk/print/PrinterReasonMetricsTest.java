package org.exhibitkiosk.print;

import static org.assertj.core.api.Assertions.assertThat;

import com.hp.jipp.model.Operation;
import com.hp.jipp.model.PrinterState;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.exhibitkiosk.app.Kiosk;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.ops.Health;
import org.exhibitkiosk.testing.TestFolders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Out of paper as monitoring sees it: CUPS's printer-state-reasons, from a recorded IPP answer
 * (the cups-pdf queue's, with the reasons a printer out of paper gives), read by the print desk,
 * reach /metrics as {@code kiosk_printer_info{state="out-of-paper",...}} and one
 * {@code kiosk_printer_reason} line per reason.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PrinterReasonMetricsTest {

    @TempDir
    Path state;
    private FakeCups cups;
    private final ExecutorService printerThread = Executors.newSingleThreadExecutor();

    @BeforeEach
    void start() throws IOException {
        cups = new FakeCups();
    }

    @AfterEach
    void stop() {
        cups.close();
        printerThread.shutdownNow();
    }

    private String metricsWhenCupsSays(PrinterState printerState, List<String> reasons, String message)
            throws Exception {
        cups.answer(Operation.getPrinterAttributes.getCode(), FakeCups.printerSays(printerState, reasons, message));
        KioskConfig config = new KioskFiles(new StrictMapper()).load(TestFolders.SHIPPED_CONTENT,
                TestFolders.SHIPPED_CONFIG).config().config().orElseThrow();
        SummaryPrinting desk = new SummaryPrinting(config, new SummaryDocument(new PdfFonts(), SummaryMap.NONE),
                cups.printer("kiosk"), Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC),
                printerThread);
        desk.checkQueue().get(20, TimeUnit.SECONDS);
        Health.PrinterHealth printer = Kiosk.printerHealth(desk);
        try (Health health = new Health(state, () -> new Health.Snapshot("v1", true, 0, null, printer, "attract"),
                null, null)) {
            return health.metrics();
        }
    }

    @Test
    void outOfPaperFromCupsIsTheStateAndAReasonLine() throws Exception {
        String metrics = metricsWhenCupsSays(PrinterState.stopped, List.of("media-empty-error", "media-needed-error"),
                "Tray 1 is empty");

        assertThat(metrics.lines()).contains(
                "kiosk_printer_info{state=\"out-of-paper\",queue=\"kiosk\"} 1",
                "kiosk_printer_ready 0",
                "kiosk_printer_reason{reason=\"media-empty\"} 1",
                "kiosk_printer_reason{reason=\"media-needed\"} 1");
    }

    @Test
    void anIdlePrinterHasNoReasonLines() throws Exception {
        String metrics = metricsWhenCupsSays(PrinterState.idle, List.of("none"), "");

        assertThat(metrics.lines()).contains("kiosk_printer_info{state=\"ready\",queue=\"kiosk\"} 1",
                "kiosk_printer_ready 1");
        assertThat(metrics).doesNotContain("kiosk_printer_reason{");
    }
}
