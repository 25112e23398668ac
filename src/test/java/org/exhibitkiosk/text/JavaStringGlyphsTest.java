package org.exhibitkiosk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.testing.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The glyph check content gets, for the strings written in Java: every character a string literal
 * of the engine holds (written as itself or as a \\u escape) is one the bundled fonts can draw, so
 * no button or mark the code writes shows as an empty box.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class JavaStringGlyphsTest {

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"|'((?:[^'\\\\\\n]|\\\\.))'");
    private static final Pattern ESCAPE = Pattern.compile("\\\\u+([0-9A-Fa-f]{4})");

    @Test
    void everyCharacterOfTheEnginesStringsHasAGlyph() throws IOException {
        Typefaces fonts = new KioskFiles(new StrictMapper()).load(TestFolders.SHIPPED_CONTENT, TestFolders.SHIPPED_CONFIG)
                .exhibit().orElseThrow().typefaces();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(source);
                for (int number = 0; number < lines.size(); number++) {
                    String line = lines.get(number).strip();
                    if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                        continue;
                    }
                    Matcher literal = LITERAL.matcher(line);
                    while (literal.find()) {
                        String body = literal.group(1) != null ? literal.group(1) : literal.group(2);
                        for (int c : decode(body).codePoints().toArray()) {
                            checked++;
                            if (c > 0x7E && !Character.isWhitespace(c) && !Character.isISOControl(c)
                                    && Character.getType(c) != Character.FORMAT && !fonts.hasGlyph(c)) {
                                missing.add(source + ":" + (number + 1) + ": U+" + String.format("%04X", c));
                            }
                        }
                    }
                }
            }
        }
        assertThat(checked).as("characters checked").isGreaterThan(1000);
        assertThat(missing).as("characters of Java strings no bundled font can draw").isEmpty();
    }

    private static String decode(String body) {
        Matcher escape = ESCAPE.matcher(body);
        StringBuilder decoded = new StringBuilder();
        while (escape.find()) {
            escape.appendReplacement(decoded, Matcher.quoteReplacement(
                    String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
        }
        escape.appendTail(decoded);
        return decoded.toString();
    }
}
