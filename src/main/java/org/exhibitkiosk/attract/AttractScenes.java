package org.exhibitkiosk.attract;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.Locale;
import java.util.Optional;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.content.Quote;
import org.exhibitkiosk.content.UiKey;
import org.exhibitkiosk.map.MapPalette;
import org.exhibitkiosk.text.FontStyle;
import org.exhibitkiosk.ui.Column;
import org.exhibitkiosk.ui.Metrics;
import org.exhibitkiosk.ui.TextBlock;
import org.exhibitkiosk.ui.Theme;

/**
 * The scenes of the attract loop and of the "closed" screen, from the content files: the title,
 * dates and hook, the map over a few key days, then the curators' slides and quotes, each in every language in turn, so every
 * language has the same time on screen. Stateless.
 */
public final class AttractScenes {

    /** The exhibit's title, in design pixels: read from across the room. */
    public static final float TITLE_SIZE = 112;

    /** Every other scene's headline (a slide's heading, the map's day), in design pixels. */
    public static final float HEADLINE_SIZE = 96;

    private AttractScenes() {
    }

    public static List<AttractLoop.Scene> attract(Exhibit exhibit, List<String> languages) {
        List<AttractLoop.Scene> scenes = new ArrayList<>();
        for (String language : languages) {
            scenes.add(inLanguage(language, metrics -> {
                Column column = new Column();
                column.append(text(exhibit, FontStyle.DISPLAY_BOLD, TITLE_SIZE, metrics,
                        exhibit.info().title().in(language), "Kiosk.foreground", "attract.title." + language), 0);
                column.append(text(exhibit, FontStyle.DISPLAY, 52, metrics, exhibit.info().dates().in(language),
                        "Kiosk.accent", "attract.dates." + language), metrics.px(16));
                column.append(text(exhibit, FontStyle.BODY, 38, metrics, exhibit.info().tagline().in(language),
                        "Kiosk.muted", "attract.hook." + language), metrics.px(36));
                return column;
            }));
        }
        // The map: a slow pan over each key day, the day shown in each language in turn.
        MapPalette palette = MapPalette.from(Theme::color, MapPalette.SCREEN);
        List<LocalDate> days = AttractMap.days(exhibit);
        for (int d = 0; d < days.size(); d++) {
            LocalDate day = days.get(d);
            for (int l = 0; l < languages.size(); l++) {
                String language = languages.get(l);
                AttractLoop.Picture picture = AttractMap.picture(exhibit, day, d, language, l, languages.size(),
                        palette);
                scenes.add(new AttractLoop.Scene() {
                    @Override
                    public Column build(Metrics metrics) {
                        Column column = new Column();
                        column.append(text(exhibit, FontStyle.DISPLAY_BOLD, HEADLINE_SIZE, metrics,
                                exhibit.map().texts().day(day, language), "Kiosk.foreground",
                                "attract.map.day." + language), 0);
                        return column;
                    }

                    @Override
                    public AttractLoop.Picture picture() {
                        return picture;
                    }

                    @Override
                    public String language() {
                        return language;
                    }
                });
            }
        }
        for (var slide : exhibit.attract().slides()) {
            for (String language : languages) {
                scenes.add(inLanguage(language, metrics -> {
                    Column column = new Column();
                    column.append(text(exhibit, FontStyle.DISPLAY_BOLD, HEADLINE_SIZE, metrics,
                            slide.heading().in(language), "Kiosk.foreground", "attract.slide"), 0);
                    column.append(text(exhibit, FontStyle.BODY, 44, metrics, slide.text().in(language),
                            "Kiosk.muted", "attract.slide.text"), metrics.px(32));
                    return column;
                }));
            }
        }
        for (Quote quote : exhibit.attract().quotes()) {
            for (String language : languages) {
                scenes.add(inLanguage(language, metrics -> {
                    Column column = new Column();
                    column.append(text(exhibit, FontStyle.DISPLAY_ITALIC, 56, metrics,
                            "\u201C" + quote.text().in(language) + "\u201D", "Kiosk.foreground", "attract.quote"), 0);
                    column.append(text(exhibit, FontStyle.BODY_BOLD, 32, metrics,
                            "\u2014 " + quote.attribution().in(language), "Kiosk.accent", "attract.quote.by"),
                            metrics.px(28));
                    if (quote.isTranslationIn(language)) {
                        column.append(text(exhibit, FontStyle.BODY_ITALIC, 26, metrics,
                                exhibit.text(UiKey.QUOTE_TRANSLATION, language), "Kiosk.muted", "attract.quote.note"),
                                metrics.px(8));
                    }
                    return column;
                }));
            }
        }
        return scenes;
    }

    /** A scene in one language. */
    private static AttractLoop.Scene inLanguage(String language, Function<Metrics, Column> build) {
        return new AttractLoop.Scene() {
            @Override
            public Column build(Metrics metrics) {
                return build.apply(metrics);
            }

            @Override
            public String language() {
                return language;
            }
        };
    }

    /** "Touch to begin" in every language, on one line. */
    public static AttractLoop.Scene touchToBegin(Exhibit exhibit, List<String> languages) {
        return metrics -> {
            Column column = new Column();
            StringBuilder line = new StringBuilder();
            for (String language : languages) {
                line.append(line.length() == 0 ? "" : "   \u00B7   ").append(exhibit.text(UiKey.ATTRACT_TOUCH_TO_BEGIN, language));
            }
            column.append(text(exhibit, FontStyle.BODY_BOLD, 40, metrics, line.toString(), "Kiosk.accent",
                    "attract.touch"), 0);
            return column;
        };
    }

    /**
     * The dim screen outside opening hours, in every language at once (a closed kiosk belongs to no
     * visitor yet): the museum, "closed", and when the exhibit opens next, from the opening hours
     * as they stand when the screen is drawn.
     */
    public static List<AttractLoop.Scene> closed(Exhibit exhibit, KioskConfig config, Clock clock) {
        return List.of(metrics -> {
            Column column = new Column();
            List<String> languages = config.languageCodes();
            column.append(text(exhibit, FontStyle.BODY_BOLD, 30, metrics, String.join("   \u00B7   ",
                    languages.stream().map(l -> config.museum().name().in(l)).distinct().toList()),
                    "Kiosk.accent", "closed.museum"), 0);
            Optional<ZonedDateTime> opens = config.openingHours().nextOpening(clock.instant(), config.timeZone());
            // Every language alike: same size, weight and colour, one after the other.
            boolean first = true;
            for (String language : languages) {
                column.append(text(exhibit, FontStyle.DISPLAY_BOLD, 54, metrics,
                        exhibit.text(UiKey.CLOSED_TITLE, language), "Kiosk.foreground",
                        "closed.title." + language), metrics.px(first ? 48 : 40));
                if (opens.isPresent()) {
                    column.append(text(exhibit, FontStyle.BODY, 34, metrics,
                            opensAgain(exhibit, language, opens.get(), clock), "Kiosk.muted",
                            "closed.opens." + language), metrics.px(10));
                }
                first = false;
            }
            return column;
        });
    }

    /** "Opens today at 09:00", "Opens tomorrow at 10:00" or "Opens on Monday at 10:00", in the language. */
    static String opensAgain(Exhibit exhibit, String language, ZonedDateTime opens, Clock clock) {
        String time = opens.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm"));
        LocalDate today = clock.instant().atZone(opens.getZone()).toLocalDate();
        long days = ChronoUnit.DAYS.between(today, opens.toLocalDate());
        if (days == 0) {
            return exhibit.format(UiKey.CLOSED_OPENS_TODAY, language, time);
        } else if (days == 1) {
            return exhibit.format(UiKey.CLOSED_OPENS_TOMORROW, language, time);
        }
        String day = opens.getDayOfWeek().getDisplayName(TextStyle.FULL_STANDALONE, Locale.forLanguageTag(language));
        return exhibit.format(UiKey.CLOSED_OPENS_ON, language, day, time);
    }

    /** "Touch to wake" (closed.touch) in every language. */
    public static AttractLoop.Scene closedFooter(Exhibit exhibit, List<String> languages) {
        return metrics -> {
            Column column = new Column();
            StringBuilder line = new StringBuilder();
            for (String language : languages) {
                line.append(line.length() == 0 ? "" : "   \u00B7   ").append(exhibit.text(UiKey.CLOSED_TOUCH, language));
            }
            column.append(text(exhibit, FontStyle.BODY, 30, metrics, line.toString(), "Kiosk.muted", "closed.touch"), 0);
            return column;
        };
    }

    private static TextBlock text(Exhibit exhibit, FontStyle style, float size, Metrics metrics, String text,
                                  String color, String name) {
        TextBlock block = new TextBlock(text, exhibit.typefaces().stack(style).atSize(metrics.font(size)), color,
                TextBlock.Align.CENTER);
        block.setName(name);
        return block;
    }
}
