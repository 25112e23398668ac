package org.exhibitkiosk.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javax.print.attribute.HashPrintServiceAttributeSet;
import javax.print.attribute.standard.PrinterIsAcceptingJobs;
import javax.print.attribute.standard.PrinterMessageFromOperator;
import javax.print.attribute.standard.PrinterState;
import javax.print.attribute.standard.PrinterStateReason;
import javax.print.attribute.standard.PrinterStateReasons;
import javax.print.attribute.standard.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The Windows printer's state, read from what javax.print reports of a print service (built here
 * as Windows would give it; no printer or spooler needed): the same conditions as CUPS's.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SpoolerPrinterTest {

    @Test
    void aServiceThatSaysNothingIsReadyAndOneThatRejectsJobsIsNot() {
        QueueState quiet = SpoolerPrinter.stateOf("Front desk", new HashPrintServiceAttributeSet());
        assertThat(quiet.condition()).isEqualTo(QueueState.Condition.READY);
        assertThat(quiet.activity()).isEqualTo(QueueState.Activity.UNKNOWN);

        HashPrintServiceAttributeSet rejecting = new HashPrintServiceAttributeSet();
        rejecting.add(PrinterIsAcceptingJobs.NOT_ACCEPTING_JOBS);
        rejecting.add(PrinterState.IDLE);
        QueueState state = SpoolerPrinter.stateOf("Front desk", rejecting);
        assertThat(state.condition()).isEqualTo(QueueState.Condition.REJECTING);
        assertThat(state.message()).isEqualTo("printer 'Front desk': the queue is rejecting jobs");
    }

    @Test
    void outOfPaperAsAnErrorStopsPrintingAndAsAWarningOnlyWarns() {
        HashPrintServiceAttributeSet empty = new HashPrintServiceAttributeSet();
        empty.add(PrinterState.STOPPED);
        PrinterStateReasons reasons = new PrinterStateReasons();
        reasons.put(PrinterStateReason.MEDIA_EMPTY, Severity.ERROR);
        empty.add(reasons);
        empty.add(new PrinterMessageFromOperator("Load paper in tray 1", null));
        QueueState state = SpoolerPrinter.stateOf("Front desk", empty);
        assertThat(state.condition()).isEqualTo(QueueState.Condition.OUT_OF_PAPER);
        assertThat(state.activity()).isEqualTo(QueueState.Activity.STOPPED);
        assertThat(state.message()).isEqualTo(
                "printer 'Front desk': the printer is out of paper (media-empty-error: Load paper in tray 1)");

        HashPrintServiceAttributeSet low = new HashPrintServiceAttributeSet();
        PrinterStateReasons warning = new PrinterStateReasons();
        warning.put(PrinterStateReason.TONER_LOW, Severity.WARNING);
        low.add(warning);
        QueueState lowToner = SpoolerPrinter.stateOf("Front desk", low);
        assertThat(lowToner.ready()).isTrue();
        assertThat(lowToner.message()).isEqualTo("printer 'Front desk': ready (warning: toner-low-warning)");
    }
}
