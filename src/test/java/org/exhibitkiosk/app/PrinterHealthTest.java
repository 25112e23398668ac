package org.exhibitkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.ops.Health;
import org.exhibitkiosk.print.JobOutcome;
import org.exhibitkiosk.print.PdfFonts;
import org.exhibitkiosk.print.Printer;
import org.exhibitkiosk.print.QueueState;
import org.exhibitkiosk.print.SummaryDocument;
import org.exhibitkiosk.print.SummaryMap;
import org.exhibitkiosk.print.SummaryPrinting;
import org.exhibitkiosk.testing.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the health report says of the printer: the state the print desk last read, typed (no
 * longer always "unknown"), in status.json and /metrics; "unknown" only before the first check.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PrinterHealthTest {

    @TempDir
    Path state;

    @Test
    void theHealthReportCarriesThePrinterStateTheDeskLastRead() throws Exception {
        KioskConfig config = new KioskFiles(new StrictMapper()).load(TestFolders.SHIPPED_CONTENT,
                TestFolders.SHIPPED_CONFIG).config().config().orElseThrow();
        Printer outOfPaper = new Printer() {
            @Override
            public QueueState state() {
                return QueueState.of("kiosk", QueueState.Activity.IDLE, true, List.of("media-empty-error"),
                        "Tray 1 is empty");
            }

            @Override
            public JobOutcome print(byte[] pdf, String jobName, KioskConfig.Paper paper, Duration timeout) {
                return JobOutcome.failed("", "not in this test");
            }
        };
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Clock clock = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
            SummaryPrinting desk = new SummaryPrinting(config, new SummaryDocument(new PdfFonts(), SummaryMap.NONE),
                    outOfPaper, clock, thread);
            assertThat(Kiosk.printerHealth(desk)).isEqualTo(Health.PrinterHealth.UNKNOWN);
            assertThat(Kiosk.printerHealth(null).state()).isEqualTo("unknown");

            desk.checkQueue().get(10, TimeUnit.SECONDS);
            Health.PrinterHealth printer = Kiosk.printerHealth(desk);

            assertThat(printer.state()).isEqualTo("out-of-paper");
            assertThat(printer.ready()).isFalse();
            assertThat(printer.queue()).isEqualTo("kiosk");
            assertThat(printer.activity()).isEqualTo("idle");
            assertThat(printer.reasons()).containsExactly("media-empty-error");
            assertThat(printer.message()).isEqualTo(
                    "printer 'kiosk': the printer is out of paper (media-empty-error: Tray 1 is empty)");
            assertThat(printer.checkedAt()).isEqualTo(clock.instant());

            try (Health health = new Health(state, () -> new Health.Snapshot("v1", true, 0, null, printer, "attract"),
                    null, null)) {
                assertThat(health.status().get("printer").asText()).isEqualTo("out-of-paper");
                assertThat(health.metrics()).contains("kiosk_printer_info{state=\"out-of-paper\",queue=\"kiosk\"} 1")
                        .contains("kiosk_printer_ready 0");
            }
        } finally {
            thread.shutdownNow();
        }
    }
}
