package org.exhibitkiosk.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.exhibitkiosk.files.TextValue;

/**
 * One day's opening hours: {@code 09:00-18:00}, or {@code closed}. Immutable.
 *
 * @param opens  null when closed all day
 * @param closes null when closed all day
 */
@TextValue
public record DailyHours(LocalTime opens, LocalTime closes) {

    public static final DailyHours CLOSED = new DailyHours(null, null);

    public DailyHours {
        if ((opens == null) != (closes == null)) {
            throw new IllegalArgumentException("give both the opening and the closing time");
        }
        if (opens != null && !closes.isAfter(opens)) {
            throw new IllegalArgumentException("closing time must be after opening time");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DailyHours parse(String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("closed")) {
            return CLOSED;
        }
        String[] parts = t.split("\\s*-\\s*");
        if (parts.length != 2) {
            throw new IllegalArgumentException("'" + text + "' is not opening hours; write 09:00-18:00 or closed");
        }
        try {
            LocalTime opens = LocalTime.parse(parts[0]);
            LocalTime closes = parts[1].equals("24:00") ? LocalTime.MAX : LocalTime.parse(parts[1]);
            if (!closes.isAfter(opens)) {
                throw new IllegalArgumentException("'" + text + "': closing time must be after opening time");
            }
            return new DailyHours(opens, closes);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not opening hours; write 09:00-18:00 or closed");
        }
    }

    public boolean isClosedAllDay() {
        return opens == null;
    }

    /** Whether the kiosk is open at a local time of this day. */
    public boolean isOpenAt(LocalTime time) {
        return opens != null && !time.isBefore(opens) && time.isBefore(closes);
    }

    @JsonValue
    @Override
    public String toString() {
        return opens == null ? "closed" : opens + "-" + (closes.equals(LocalTime.MAX) ? "24:00" : closes);
    }
}
