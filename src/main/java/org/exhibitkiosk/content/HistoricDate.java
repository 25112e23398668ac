package org.exhibitkiosk.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.exhibitkiosk.files.TextValue;

/**
 * A date as precise as the source is: a year ({@code 1917}), a month ({@code 1918-06}) or a day
 * ({@code 1919-11-04}). Sorts by its first day. Immutable.
 */
@TextValue
public record HistoricDate(int year, int month, int day) implements Comparable<HistoricDate> {

    public HistoricDate {
        if (month < 0 || month > 12 || day < 0 || (month == 0 && day != 0)) {
            throw new IllegalArgumentException("not a date");
        }
        if (day != 0) {
            LocalDate.of(year, month, day);
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static HistoricDate parse(String text) {
        String t = text.trim();
        try {
            if (t.matches("\\d{4}")) {
                return new HistoricDate(Integer.parseInt(t), 0, 0);
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(t);
                return new HistoricDate(month.getYear(), month.getMonthValue(), 0);
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate date = LocalDate.parse(t);
                return new HistoricDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a real date", e);
        }
        throw new IllegalArgumentException("'" + text + "' is not a date; write a year, a month or a day, such as 1848, 1848-03 or 1848-03-15");
    }

    /** Whether the source gives the day. */
    public boolean hasDay() {
        return day != 0;
    }

    /** The first day the date can mean. */
    public LocalDate firstDay() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    @JsonValue
    @Override
    public String toString() {
        if (month == 0) {
            return String.format("%04d", year);
        }
        return day == 0 ? String.format("%04d-%02d", year, month) : String.format("%04d-%02d-%02d", year, month, day);
    }

    @Override
    public int compareTo(HistoricDate other) {
        return firstDay().compareTo(other.firstDay());
    }
}
