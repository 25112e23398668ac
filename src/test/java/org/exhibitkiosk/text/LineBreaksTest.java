package org.exhibitkiosk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class LineBreaksTest {

    @Test
    void theJdkAloneBreaksInsideFiguresAndThisDoesNot() {
        String text = "Losses: 3 000–5 000 men, on the 9-ը.";
        BreakIterator jdk = BreakIterator.getLineInstance();
        jdk.setText(text);
        assertThat(boundaries(jdk)).as("the JDK's own rules").contains(text.indexOf("000–5") + 0,
                text.indexOf("5 000") + 2, text.indexOf("9-ը") + 2);

        LineBreaks breaks = LineBreaks.forLanguage("hy");
        breaks.setText(text);

        List<Integer> allowed = boundaries(breaks);
        assertThat(allowed).doesNotContain(text.indexOf("3 000") + 2, text.indexOf("000–5") + 4,
                text.indexOf("5 000") + 2, text.indexOf("9-ը") + 2);
        assertThat(allowed).contains(text.indexOf("3 000"), text.indexOf("men"), text.indexOf("on"));
    }

    @Test
    void figuresGetNoBreakSpacesAndHyphensCharacterForCharacter() {
        String text = "3 000–5 000 զինվոր, 9-ը, Nakhchivan-Zangezur, 1919 November";

        String shaped = LineBreaks.keepFiguresWhole(text);

        assertThat(shaped).hasSameSizeAs(text)
                .contains("3\u00A0000–5\u00A0000 զինվոր", "9\u2011ը", "Nakhchivan-Zangezur", "1919 November");
    }

    @Test
    void theLanguageOfAnUnmarkedTextComesFromItsLetters() {
        assertThat(LineBreaks.languageOf("Զանգեզուր 1919")).isEqualTo("hy");
        assertThat(LineBreaks.languageOf("Zəngəzur ekspedisiyası")).isEqualTo("az");
        assertThat(LineBreaks.languageOf("The Zangezur Expedition")).isEqualTo("en");
    }

    private static List<Integer> boundaries(BreakIterator iterator) {
        List<Integer> found = new ArrayList<>();
        for (int b = iterator.first(); b != BreakIterator.DONE; b = iterator.next()) {
            found.add(b);
        }
        return found;
    }
}
