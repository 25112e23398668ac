package org.exhibitkiosk.ops;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The visit statistics of a run of days, aggregated per day and measure: sessions, languages
 * chosen, language switches, idle resets, prints, screens, and for each panel its views and mean
 * dwell time. Immutable once built.
 */
public final class StatsReport {

    /** Per day, measure name to value, in a stable order. */
    private final Map<LocalDate, Map<String, Double>> days = new TreeMap<>();

    private StatsReport() {
    }

    public static StatsReport read(Path statsFolder, LocalDate from, LocalDate to) {
        StatsReport report = new StatsReport();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            report.days.put(day, aggregate(VisitStats.readDay(statsFolder, day)));
        }
        return report;
    }

    static Map<String, Double> aggregate(List<JsonNode> events) {
        Map<String, Double> measures = new TreeMap<>();
        Map<String, double[]> dwell = new LinkedHashMap<>();
        double sessionSeconds = 0;
        int sessionsEnded = 0;
        measures.put("sessions", 0.0);
        measures.put("idle-resets", 0.0);
        measures.put("language-switches", 0.0);
        measures.put("prints", 0.0);
        for (JsonNode event : events) {
            switch (event.path("event").asText()) {
                case "session" -> add(measures, "sessions", 1);
                case "language" -> add(measures, "language." + event.path("language").asText(), 1);
                case "language-switch" -> add(measures, "language-switches", 1);
                case "print" -> add(measures, "prints", 1);
                case "screen" -> add(measures, "screen." + event.path("screen").asText(), 1);
                case "panel" -> {
                    String panel = event.path("section").asText() + "." + (event.path("page").asInt() + 1);
                    double[] sum = dwell.computeIfAbsent(panel, k -> new double[2]);
                    sum[0]++;
                    sum[1] += event.path("ms").asDouble() / 1000.0;
                    add(measures, "section." + event.path("section").asText() + ".panel-views", 1);
                }
                case "session-end" -> {
                    if (event.path("idle").asBoolean()) {
                        add(measures, "idle-resets", 1);
                    }
                    if (event.has("seconds")) {
                        sessionSeconds += event.path("seconds").asDouble();
                        sessionsEnded++;
                    }
                }
                default -> {
                    // an event of a newer version: counted by nobody, harmful to nothing
                }
            }
        }
        if (sessionsEnded > 0) {
            measures.put("session-seconds-mean", round(sessionSeconds / sessionsEnded));
        }
        dwell.forEach((panel, sum) -> {
            measures.put("panel." + panel + ".views", sum[0]);
            measures.put("panel." + panel + ".dwell-seconds-mean", round(sum[1] / sum[0]));
        });
        return measures;
    }

    private static void add(Map<String, Double> measures, String key, double amount) {
        measures.merge(key, amount, Double::sum);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    public Map<LocalDate, Map<String, Double>> days() {
        return days;
    }

    /** One value, 0 when the day has none. */
    public double value(LocalDate day, String measure) {
        return days.getOrDefault(day, Map.of()).getOrDefault(measure, 0.0);
    }

    /** CSV with a header row, one row per day and measure. */
    public String csv() {
        StringBuilder csv = new StringBuilder("date,measure,value\n");
        days.forEach((day, measures) -> measures.forEach((measure, value) ->
                csv.append(day).append(',').append(measure).append(',').append(format(value)).append('\n')));
        return csv.toString();
    }

    /** A readable summary: a block per day. */
    public String text() {
        StringBuilder text = new StringBuilder();
        days.forEach((day, measures) -> {
            text.append(day).append('\n');
            measures.forEach((measure, value) -> text.append("  ").append(String.format("%-40s", measure))
                    .append(format(value)).append('\n'));
        });
        return text.toString();
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
