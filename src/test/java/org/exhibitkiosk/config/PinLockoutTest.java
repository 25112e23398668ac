package org.exhibitkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The PIN pad's lockout on disk: read back as written, and a damaged file is no lockout, not a crash. */
@Timeout(10)
class PinLockoutTest {

    @TempDir
    Path state;

    @Test
    void aLockoutIsReadBackAsItWasWritten() {
        Instant until = Instant.parse("2026-12-02T10:15:30Z");
        PinLockout.load(state).record(0, until);
        PinLockout.load(state).record(0, until);

        PinLockout read = PinLockout.load(state);

        assertThat(read.lockedUntil()).isEqualTo(until);
        assertThat(read.wrongInARow()).isZero();
    }

    @Test
    void wrongAttemptsInARowAreKeptToo() {
        PinLockout.load(state).record(3, Instant.MIN);

        assertThat(PinLockout.load(state).wrongInARow()).isEqualTo(3);
        assertThat(PinLockout.load(state).lockedUntil()).isEqualTo(Instant.MIN);
    }

    @Test
    void noFileIsNoAttempts() {
        PinLockout read = PinLockout.load(state.resolve("never-made"));

        assertThat(read.wrongInARow()).isZero();
        assertThat(read.lockedUntil()).isEqualTo(Instant.MIN);
    }

    @Test
    void aDamagedFileCountsAfresh() throws IOException {
        Files.writeString(state.resolve(PinLockout.FILE_NAME), "wrong-in-a-row=three\nlocked-until=soon\n");

        PinLockout read = PinLockout.load(state);

        assertThat(read.wrongInARow()).isZero();
        assertThat(read.lockedUntil()).isEqualTo(Instant.MIN);
    }
}
