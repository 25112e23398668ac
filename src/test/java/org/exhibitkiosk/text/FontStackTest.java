package org.exhibitkiosk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FontStackTest {

    private static FontStack body;

    @BeforeAll
    static void loadBundledFonts() {
        FontFiles files = new FontFiles(
                new FontFiles.Family(List.of("NotoSans-Regular.ttf", "NotoSansArmenian-Regular.ttf"),
                        List.of("NotoSans-Bold.ttf"), List.of("NotoSans-Italic.ttf")),
                new FontFiles.Family(List.of("NotoSerif-Regular.ttf"), List.of("NotoSerif-Bold.ttf"),
                        List.of("NotoSerif-Italic.ttf")));
        body = Typefaces.load(Path.of("exhibit-content/fonts"), files, (f, m) -> {
            throw new AssertionError(m);
        }).orElseThrow().stack(FontStyle.BODY);
    }

    @Test
    void armenianTextWithDigitsIsSetInRunsThatEachFontCanDraw() {
        String text = "1919 թ. նոյեմբերի 3-ին՝ «Զանգեզուր»։";

        List<TextRun> runs = body.runs(text);

        assertThat(runs).hasSizeGreaterThan(1);
        assertThat(String.join("", runs.stream().map(TextRun::text).toList())).isEqualTo(text);
        for (TextRun run : runs) {
            assertThat(run.font().canDisplayUpTo(run.text()))
                    .as("run '%s' in %s", run.text(), run.font().getFontName()).isEqualTo(-1);
            assertThat(text.substring(run.start(), run.start() + run.text().length())).isEqualTo(run.text());
        }
        assertThat(runs).extracting(r -> r.font().getFamily()).contains("Noto Sans", "Noto Sans Armenian");
    }

    @Test
    void azerbaijaniLettersNeedNoFallback() {
        assertThat(body.runs("Zəngəzur ekspedisiyası: İşğal, çöl, üç")).singleElement()
                .satisfies(run -> assertThat(run.font().getFamily()).isEqualTo("Noto Sans"));
    }

    @Test
    void characterNoFontHasIsReportedAsUndrawable() {
        assertThat(body.canDisplay('中')).isFalse();
        assertThat(body.canDisplay('Ա')).isTrue();
        assertThat(body.canDisplay('ə')).isTrue();
    }
}
