package org.exhibitkiosk.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.exhibitkiosk.files.TextValue;

/**
 * When a notice ends ({@code until:} in {@code notice.yaml}): a time of day on the kiosk's clock
 * ({@code 18:45}, today), a local date and time ({@code 2026-12-02T18:45}), or an instant
 * ({@code 2026-12-02T17:45:00Z}). Immutable.
 *
 * @param text as written
 */
@TextValue
public record NoticeUntil(String text) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static NoticeUntil parse(String text) {
        NoticeUntil until = new NoticeUntil(text.trim());
        until.at(Instant.EPOCH, ZoneId.of("UTC"));
        return until;
    }

    /**
     * The instant the notice ends, for a notice read at {@code readAt} on a kiosk in {@code zone}:
     * a time of day is that day's.
     */
    public Instant at(Instant readAt, ZoneId zone) {
        try {
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$") && text.contains("T")) {
                return Instant.parse(text);
            }
            if (text.contains("T")) {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            }
            LocalDate today = LocalDate.ofInstant(readAt, zone);
            return LocalTime.parse(text).atDate(today).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a time: write 18:45 (today, on the kiosk's"
                    + " clock), 2026-12-02T18:45 or 2026-12-02T17:45:00Z");
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a time: " + e.getMessage());
        }
    }

    @JsonValue
    @Override
    public String text() {
        return text;
    }
}
