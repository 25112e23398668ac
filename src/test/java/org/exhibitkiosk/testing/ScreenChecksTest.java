package org.exhibitkiosk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.text.FontStack;
import org.exhibitkiosk.text.FontStyle;
import org.exhibitkiosk.text.Typefaces;
import org.exhibitkiosk.ui.BarChart;
import org.exhibitkiosk.ui.Metrics;
import org.exhibitkiosk.ui.TextBlock;
import org.exhibitkiosk.ui.Theme;
import org.exhibitkiosk.ui.TouchButton;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The screen sweep's checker against components made bad on purpose: each defect it is meant to
 * find is found, and a sound screen gives no problem, so a sweep that passes means something.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ScreenChecksTest {

    private static final Metrics METRICS = Metrics.of(new Dimension(1920, 1080), 0, 0);
    private static Typefaces fonts;

    @BeforeAll
    static void readFonts() throws Exception {
        SwingUtilities.invokeAndWait(Theme::install);
        fonts = new KioskFiles(new StrictMapper()).load(TestFolders.SHIPPED_CONTENT, TestFolders.SHIPPED_CONFIG)
                .exhibit().orElseThrow().typefaces();
    }

    @Test
    void aSoundScreenHasNoProblem() throws Exception {
        assertThat(problemsOf(font -> {
            JPanel screen = screen();
            place(screen, new TextBlock("Zangezur 1919: 3 000\u20135 000 soldiers", font, "Kiosk.foreground",
                    TextBlock.Align.LEADING), 20, 20, 1200, 60);
            place(screen, new TouchButton("ok", "Next", font, "primary", METRICS), 20, 120, 300, 100);
            return screen;
        })).isEmpty();
    }

    @Test
    void findsAPlaceholderInDrawnText() throws Exception {
        assertThat(problemsOf(font -> {
            JPanel screen = screen();
            place(screen, text("According to {0}", font), 20, 20, 1200, 60);
            return screen;
        })).singleElement().asString().contains("placeholder");
    }

    @Test
    void findsACharacterWithNoGlyph() throws Exception {
        assertThat(problemsOf(font -> {
            JPanel screen = screen();
            place(screen, text("Delete \uE000", font), 20, 20, 1200, 60);
            return screen;
        })).singleElement().asString().contains("no glyph for U+E000");
    }

    @Test
    void findsALineBrokenInsideAWordOrAFigure() throws Exception {
        List<String> problems = problemsOf(font -> {
            JPanel screen = screen();
            // Lines as a careless layout would break them: inside the Armenian word, inside the figure.
            place(screen, brokenAt("\u056A\u0561\u0574\u0561\u0576\u0561\u056F\u0561\u0563\u0580\u0578\u0582\u0569"
                    + "\u0575\u0578\u0582\u0576", 16, font), 20, 20, 1200, 200);
            place(screen, brokenAt("3 000\u20135 000", 8, font), 20, 300, 1200, 200);
            return screen;
        });
        assertThat(problems).hasSize(2).allMatch(p -> p.contains("broken inside a word or figure"));
    }

    @Test
    void findsTextCutOffWithoutAScrollCue() throws Exception {
        List<String> problems = problemsOf(font -> {
            JPanel screen = screen();
            JPanel box = new JPanel(null);
            place(screen, box, 20, 20, 400, 40);
            // The text's box is as tall as it needs, its parent cuts it at 40 px.
            TextBlock text = text("A paragraph that runs past the bottom of the box it sits in, with no cue "
                    + "that there is more of it to read below", font);
            place(box, text, 0, 0, 400, text.heightForWidth(400));
            return screen;
        });
        assertThat(problems).singleElement().asString().contains("cut off without a scroll cue");
    }

    @Test
    void findsATargetUnder80Pixels() throws Exception {
        assertThat(problemsOf(font -> {
            JPanel screen = screen();
            place(screen, new TouchButton("small", "+", font, "pager", METRICS), 20, 20, 60, 60);
            return screen;
        })).anyMatch(p -> p.contains("target small '+' is 60x60 px, under 80"));
    }

    @Test
    void findsAButtonLabelThatWrapsOrRunsPast() throws Exception {
        List<String> problems = problemsOf(font -> {
            JPanel screen = screen();
            TouchButton next = new TouchButton("next", "Next: Military operations", font, "primary", METRICS);
            place(screen, next, 20, 20, 220, next.heightForWidth(220));
            return screen;
        });
        assertThat(problems).singleElement().asString().contains("does not hold its label on one line");
    }

    @Test
    void findsAChartCutOff() throws Exception {
        List<String> problems = problemsOf(font -> {
            JPanel screen = screen();
            JPanel room = new JPanel(null);
            place(screen, room, 20, 20, 600, 100);
            place(room, new BarChart("chart", List.of(new BarChart.Bar("1", 3), new BarChart.Bar("2", 5)), font, 170),
                    0, 0, 600, 170);
            return screen;
        });
        assertThat(problems).singleElement().asString().contains("chart chart is cut off");
    }

    @Test
    void findsTwoControlsOfABarOverlapping() throws Exception {
        List<String> problems = problemsOf(font -> {
            JPanel screen = screen();
            JPanel bar = new JPanel(null);
            place(screen, bar, 0, 900, 1920, 180);
            // As a bar too narrow for its buttons lays them: Home under the start of Text size.
            place(bar, new TouchButton("home", "Home", font, "nav", METRICS), 40, 40, 260, 100);
            place(bar, new TouchButton("text-size", "Text size", font, "nav", METRICS), 220, 40, 300, 100);
            // Side by side, a gap between: no overlap.
            place(bar, new TouchButton("two", "Two", font, "nav", METRICS), 540, 40, 200, 100);
            return screen;
        });
        assertThat(problems).singleElement().asString()
                .contains("controls home 'Home' and text-size 'Text size' overlap by 80x100 px");
    }

    private static List<String> problemsOf(Function<FontStack, JComponent> build) throws Exception {
        List<String> problems = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            JComponent screen = build.apply(fonts.stack(FontStyle.BODY).atSize(METRICS.font(28)));
            for (Component child : screen.getComponents()) {
                child.doLayout();
                if (child instanceof JComponent inner) {
                    for (Component grandchild : inner.getComponents()) {
                        grandchild.doLayout();
                    }
                }
            }
            problems.addAll(ScreenChecks.problems("test", screen, METRICS, true));
        });
        return problems;
    }

    private static JPanel screen() {
        JPanel screen = new JPanel(null);
        screen.setSize(1920, 1080);
        return screen;
    }

    private static void place(JComponent parent, JComponent child, int x, int y, int width, int height) {
        parent.add(child);
        child.setBounds(x, y, width, height);
    }

    private static TextBlock text(String text, FontStack font) {
        return new TextBlock(text, font, "Kiosk.foreground", TextBlock.Align.LEADING);
    }

    /** A text block whose lines start where it is told, as a layout that breaks anywhere would. */
    private static TextBlock brokenAt(String text, int offset, FontStack font) {
        return new TextBlock(text, font, "Kiosk.foreground", TextBlock.Align.LEADING) {
            @Override
            public List<Integer> lineStarts() {
                return List.of(0, offset);
            }
        };
    }
}
