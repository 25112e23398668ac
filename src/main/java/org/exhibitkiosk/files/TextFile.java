package org.exhibitkiosk.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a curator's text file the way an ordinary editor saves it: UTF-8 with or without a
 * byte-order mark, LF or CRLF line endings. Anything else is refused with a message that says how
 * to save the file instead. Files over {@link #MAX_BYTES} are refused unread.
 * Stateless, thread-safe.
 */
public final class TextFile {

    /** Larger than any honest content file; stops a stray video or log from being parsed. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private TextFile() {
    }

    /**
     * The file's text with any byte-order mark removed, or empty after adding a whole-file problem.
     */
    public static Optional<String> read(Path file, Problems problems) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.add(Problem.ofWholeFile(file, "file is " + (size / 1024) + " KB, over the "
                        + (MAX_BYTES / 1024 / 1024) + " MB limit for a content file; it was not read"));
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            problems.add(Problem.ofWholeFile(file, "file is missing"));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(Problem.ofWholeFile(file, "file cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")"));
            return Optional.empty();
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            problems.add(Problem.ofWholeFile(file,
                    "file is saved as UTF-16; save it as UTF-8 (\"UTF-8\" or \"UTF-8 with BOM\" in the editor)"));
            return Optional.empty();
        }
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            if (text.isBlank()) {
                problems.add(Problem.ofWholeFile(file, "file is empty"));
                return Optional.empty();
            }
            if (text.indexOf('\0') >= 0) {
                problems.add(Problem.ofWholeFile(file, "file holds NUL bytes; it is not a text file"));
                return Optional.empty();
            }
            return Optional.of(text);
        } catch (MalformedInputException e) {
            int bad = offset + (int) positionOfFirstBadByte(bytes, offset);
            Location where = locate(bytes, offset, bad);
            problems.add(Problem.at(file, where, String.format(
                    "byte 0x%02X is not UTF-8; the file looks saved in another encoding: save it as UTF-8",
                    bytes[bad] & 0xFF)));
            return Optional.empty();
        } catch (CharacterCodingException e) {
            problems.add(Problem.ofWholeFile(file, "file is not UTF-8 text; save it as UTF-8"));
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Finds the first byte that breaks UTF-8, decoding prefix by prefix. */
    private static long positionOfFirstBadByte(byte[] bytes, int offset) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() - offset : 0;
    }

    /** Line and column (in characters) of a byte position, counting only the valid text before it. */
    private static Location locate(byte[] bytes, int start, int position) {
        String before = new String(bytes, start, position - start, StandardCharsets.UTF_8);
        int line = 1;
        int column = 1;
        for (int i = 0; i < before.length(); i = before.offsetByCodePoints(i, 1)) {
            if (before.charAt(i) == '\n') {
                line++;
                column = 1;
            } else if (before.charAt(i) != '\r') {
                column++;
            }
        }
        return new Location(line, column);
    }
}
