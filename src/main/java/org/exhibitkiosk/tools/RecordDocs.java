package org.exhibitkiosk.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The javadoc of the records that files are read into, as plain sentences: a type's description,
 * each component's {@code @param} and each enum constant's comment. The build copies the sources of
 * those packages onto the class path under {@code record-docs/} (pom.xml), so a curator's schema
 * says in words what each key is for, in the words the code is documented with.
 * <p>
 * A type whose source is not on the class path simply has no descriptions. Not thread-safe: one
 * instance serves one schema run.
 */
final class RecordDocs {

    private static final String ROOT = "record-docs/";
    private static final Pattern DECLARATION = Pattern.compile(
            "/\\*\\*((?:[^*]|\\*(?!/))*)\\*/\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*"
                    + "(?:(?:public|protected|private|static|final|sealed|abstract)\\s+)*"
                    + "(?:record|enum|class|interface|@interface)\\s+(\\w+)");
    private static final Pattern PROGRAMMERS = Pattern.compile("(?i)thread|\\bimmutable\\b|\\bEDT\\b|file I/O");
    private static final Pattern TAG = Pattern.compile("(?m)^\\s*@(\\w+)");

    private final Map<String, String> sources = new HashMap<>();

    /** What a type is for: the first part of its javadoc, before the tags, less notes for programmers. */
    Optional<String> describe(Class<?> type) {
        return javadoc(type).map(RecordDocs::mainText).map(RecordDocs::withoutProgrammersNotes)
                .filter(s -> !s.isEmpty());
    }

    /** Drops the sentences on threads and immutability, which say nothing to a curator. */
    private static String withoutProgrammersNotes(String text) {
        StringBuilder out = new StringBuilder();
        for (String sentence : text.split("(?<=\\.)\\s+")) {
            if (!PROGRAMMERS.matcher(sentence).find()) {
                out.append(out.length() == 0 ? "" : " ").append(sentence);
            }
        }
        return out.toString();
    }

    /** Each {@code @param} of a type's javadoc, by component name. */
    Map<String, String> parameters(Class<?> type) {
        Map<String, String> params = new LinkedHashMap<>();
        javadoc(type).ifPresent(doc -> {
            Matcher tags = Pattern.compile("(?m)^\\s*@param\\s+(\\w+)\\s+((?:(?!^\\s*@\\w)[\\s\\S])*)").matcher(doc);
            while (tags.find()) {
                params.put(tags.group(1), plain(tags.group(2)));
            }
        });
        return params;
    }

    /** The comment on one constant of an enum, if it has one. */
    Optional<String> describeConstant(Class<?> enumType, String constant) {
        String source = sourceOf(enumType);
        if (source == null) {
            return Optional.empty();
        }
        Matcher matcher = Pattern.compile("/\\*\\*((?:[^*]|\\*(?!/))*)\\*/\\s*" + Pattern.quote(constant)
                + "\\s*[,;(\\s]").matcher(source);
        return matcher.find() ? Optional.of(mainText(lines(matcher.group(1)))).filter(s -> !s.isEmpty())
                : Optional.empty();
    }

    private Optional<String> javadoc(Class<?> type) {
        String source = sourceOf(type);
        if (source == null) {
            return Optional.empty();
        }
        Matcher matcher = DECLARATION.matcher(source);
        while (matcher.find()) {
            if (matcher.group(2).equals(type.getSimpleName())) {
                return Optional.of(lines(matcher.group(1)));
            }
        }
        return Optional.empty();
    }

    private String sourceOf(Class<?> type) {
        Class<?> top = type;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        String resource = ROOT + top.getName().replace('.', '/') + ".java";
        return sources.computeIfAbsent(resource, RecordDocs::read);
    }

    private static String read(String resource) {
        try (InputStream in = RecordDocs.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The comment's lines without their leading stars. */
    private static String lines(String comment) {
        StringBuilder out = new StringBuilder();
        for (String line : comment.split("\\R")) {
            out.append(line.replaceFirst("^\\s*\\*? ?", "")).append('\n');
        }
        return out.toString();
    }

    private static String mainText(String doc) {
        Matcher tag = TAG.matcher(doc);
        return plain(tag.find() ? doc.substring(0, tag.start()) : doc);
    }

    /** Javadoc markup as a curator reads it: {@code x} as x, no HTML, one line. */
    static String plain(String text) {
        return text.replaceAll("\\{@(?:code|link|linkplain|literal)\\s+((?:[^{}]|\\{[^{}]*})*)}", "$1")
                .replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ")
                .trim();
    }
}
