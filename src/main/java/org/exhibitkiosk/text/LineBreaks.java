package org.exhibitkiosk.text;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.Locale;

/**
 * Where a line may break: the JDK's line {@link BreakIterator} for the text's language, less the
 * places inside a figure, which the JDK allows but a reader does not: the space in "5 000" (and
 * the no-break spaces, should a font lack them), the dash in "3 000–5 000" and the hyphen of an
 * Armenian ordinal such as "9-ը". Shared by screen and paper. Not thread-safe (one per layout),
 * like every {@code BreakIterator}.
 */
public final class LineBreaks extends BreakIterator {

    private final Locale locale;
    private final BreakIterator rules;
    private CharacterIterator text = new StringCharacterIterator("");
    private int[] boundaries = {0};
    private int index;

    private LineBreaks(Locale locale) {
        this.locale = locale;
        this.rules = BreakIterator.getLineInstance(locale);
    }

    /** The line breaks of a language, by its code ("hy", "az", "en"). */
    public static LineBreaks forLanguage(String language) {
        return new LineBreaks(Locale.forLanguageTag(language == null ? "und" : language));
    }

    /**
     * The language to break a text by when nobody said: Armenian when it has Armenian letters,
     * else Azerbaijani when it has letters only Azerbaijani uses among our languages, else English.
     * The line-break rules of these scripts differ; within a script they do not.
     */
    public static String languageOf(String text) {
        boolean azerbaijaniLetters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARMENIAN) {
                return "hy";
            }
            azerbaijaniLetters |= "əƏğĞıİşŞ".indexOf(c) >= 0;
        }
        return azerbaijaniLetters ? "az" : "en";
    }

    /**
     * The text with the spaces inside figures made no-break spaces (U+00A0: "5 000") and a hyphen
     * after a digit a no-break hyphen (U+2011: "9-ը"), character for character, so offsets stay.
     * For layout only: line-break code that looks for plain spaces (the JDK's measurer does)
     * then keeps figures whole as well.
     */
    public static String keepFiguresWhole(String text) {
        char[] chars = null;
        for (int i = 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' && !figureAllowsBreakAt(text, i + 1);
            boolean hyphen = c == '-' && Character.isDigit(text.charAt(i - 1))
                    && Character.isLetterOrDigit(text.charAt(i + 1));
            if (space || hyphen) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = space ? '\u00A0' : '\u2011';
            }
        }
        return chars == null ? text : new String(chars);
    }

    /**
     * Whether a line may break before {@code offset} of {@code text} by the rules of figures:
     * false inside "5 000", "3 000–5 000" and "9-ը". The JDK's rules come on top.
     */
    public static boolean figureAllowsBreakAt(CharSequence text, int offset) {
        if (offset <= 0 || offset >= text.length()) {
            return true;
        }
        char after = text.charAt(offset);
        char before = text.charAt(offset - 1);
        if (isSpace(before) && Character.isDigit(after)) {
            int i = offset - 1;
            while (i > 0 && isSpace(text.charAt(i - 1))) {
                i--;
            }
            return i == 0 || !Character.isDigit(text.charAt(i - 1));
        }
        if (isDash(before) && offset >= 2 && Character.isDigit(text.charAt(offset - 2))) {
            return !Character.isLetterOrDigit(after);
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013';
    }

    @Override
    public void setText(CharacterIterator newText) {
        text = newText;
        StringBuilder copy = new StringBuilder();
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            copy.append(c);
        }
        int begin = newText.getBeginIndex();
        rules.setText(copy.toString());
        int[] found = new int[copy.length() + 2];
        int count = 0;
        for (int b = rules.first(); b != BreakIterator.DONE; b = rules.next()) {
            if (b == 0 || b == copy.length() || figureAllowsBreakAt(copy, b)) {
                found[count++] = b + begin;
            }
        }
        boundaries = Arrays.copyOf(found, count);
        index = 0;
    }

    @Override
    public CharacterIterator getText() {
        return text;
    }

    @Override
    public int first() {
        index = 0;
        return boundaries[0];
    }

    @Override
    public int last() {
        index = boundaries.length - 1;
        return boundaries[index];
    }

    @Override
    public int next(int n) {
        int target = index + n;
        if (target < 0 || target >= boundaries.length) {
            index = target < 0 ? 0 : boundaries.length - 1;
            return DONE;
        }
        index = target;
        return boundaries[index];
    }

    @Override
    public int next() {
        return next(1);
    }

    @Override
    public int previous() {
        return next(-1);
    }

    @Override
    public int following(int offset) {
        for (int i = 0; i < boundaries.length; i++) {
            if (boundaries[i] > offset) {
                index = i;
                return boundaries[i];
            }
        }
        index = boundaries.length - 1;
        return DONE;
    }

    @Override
    public int preceding(int offset) {
        for (int i = boundaries.length - 1; i >= 0; i--) {
            if (boundaries[i] < offset) {
                index = i;
                return boundaries[i];
            }
        }
        index = 0;
        return DONE;
    }

    @Override
    public boolean isBoundary(int offset) {
        return Arrays.binarySearch(boundaries, offset) >= 0;
    }

    @Override
    public int current() {
        return boundaries[index];
    }

    @Override
    public Object clone() {
        LineBreaks copy = new LineBreaks(locale);
        copy.text = (CharacterIterator) text.clone();
        copy.boundaries = boundaries.clone();
        copy.index = index;
        return copy;
    }
}
