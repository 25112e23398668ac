package org.exhibitkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DailyHours TEN_TO_SIX = DailyHours.parse("10:00-18:00");
    private static final OpeningHours WEEK = new OpeningHours(DailyHours.CLOSED, TEN_TO_SIX, TEN_TO_SIX,
            TEN_TO_SIX, TEN_TO_SIX, TEN_TO_SIX, DailyHours.parse("10:00-17:00"));

    @Test
    void hoursFollowTheWallClockAcrossDaylightSavingChanges() {
        // Sunday 30 March 2025: the clocks in London go forward at 01:00 UTC.
        assertThat(WEEK.isOpenAt(Instant.parse("2025-03-30T09:30:00Z"), LONDON)).as("10:30 BST").isTrue();
        assertThat(WEEK.isOpenAt(Instant.parse("2025-03-30T08:30:00Z"), LONDON)).as("09:30 BST").isFalse();
        // Sunday 26 October 2025: back to GMT.
        assertThat(WEEK.isOpenAt(Instant.parse("2025-10-26T09:30:00Z"), LONDON)).as("09:30 GMT").isFalse();
        assertThat(WEEK.isOpenAt(Instant.parse("2025-10-26T10:00:00Z"), LONDON)).as("10:00 GMT").isTrue();
        assertThat(WEEK.isOpenAt(Instant.parse("2025-10-26T16:59:00Z"), LONDON)).as("16:59 GMT").isTrue();
        assertThat(WEEK.isOpenAt(Instant.parse("2025-10-26T17:00:00Z"), LONDON)).as("17:00 GMT").isFalse();
    }

    @Test
    void closedDaysAreClosedAllDay() {
        assertThat(WEEK.isOpenAt(Instant.parse("2025-03-31T12:00:00Z"), LONDON)).as("a Monday").isFalse();
        assertThat(DailyHours.parse("closed").isClosedAllDay()).isTrue();
    }

    @Test
    void hoursThatMakeNoSenseAreRefusedWithTheirText() {
        assertThatThrownBy(() -> DailyHours.parse("18:00-10:00")).hasMessageContaining("closing time must be after");
        assertThatThrownBy(() -> DailyHours.parse("ten to six")).hasMessageContaining("write 09:00-18:00 or closed");
    }
}
