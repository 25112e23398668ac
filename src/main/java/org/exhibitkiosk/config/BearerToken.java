package org.exhibitkiosk.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;
import org.exhibitkiosk.files.Problem;
import org.exhibitkiosk.files.Problems;
import org.exhibitkiosk.files.ShownPath;

/**
 * The health endpoint's bearer token, from the file {@code health.tokenFile} names in the config
 * folder. Only its SHA-256 is kept, and it never shows in a log or a {@code toString}; a request's
 * {@code Authorization} header is compared in constant time. Immutable, thread-safe.
 */
public final class BearerToken {

    /** Shorter tokens are refused: they could be guessed. */
    public static final int MIN_LENGTH = 16;

    private final byte[] digest;

    private BearerToken(String token) {
        this.digest = sha256(token);
    }

    /** A token as given (tests). */
    public static BearerToken of(String token) {
        if (token.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("the token is shorter than " + MIN_LENGTH + " characters");
        }
        return new BearerToken(token);
    }

    /** Whether an {@code Authorization} header (may be null) carries this token: {@code Bearer TOKEN}. */
    public boolean admits(String authorization) {
        String given = "";
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            given = authorization.substring(7).strip();
        }
        // Digests of equal length, compared in constant time: neither the token nor its length leaks.
        return MessageDigest.isEqual(digest, sha256(given));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * Reads the token: the file's first line that is neither blank nor a {@code #} comment. Empty,
     * with a problem at the file's line, when the file is damaged; the caller reports a missing file.
     */
    public static Optional<BearerToken> read(Path file, Problems problems) {
        Path shown = ShownPath.of(file);
        try {
            if (SecretFile.tooLarge(file)) {
                problems.add(Problem.ofWholeFile(shown, "this is not a token file: it is larger than 4 KB"));
                return Optional.empty();
            }
            Optional<SecretFile.Line> line = SecretFile.firstLine(file);
            if (line.isEmpty()) {
                problems.add(Problem.ofWholeFile(shown, "the token file holds no token (make one with:"
                        + " openssl rand -hex 32)"));
                return Optional.empty();
            }
            String t = line.get().text();
            if (t.length() < MIN_LENGTH || t.chars().anyMatch(c -> c <= ' ' || c > '~')) {
                problems.add(new Problem(shown, line.get().number(), 1, "the token must be at least " + MIN_LENGTH
                        + " printable ASCII characters with no spaces (make one with: openssl rand -hex 32)"));
                return Optional.empty();
            }
            return Optional.of(new BearerToken(t));
        } catch (IOException e) {
            problems.add(Problem.ofWholeFile(shown, "the token file cannot be read: " + e.getMessage()));
        }
        return Optional.empty();
    }

    /** The same token (a token file read again after a change that left the token as it was). */
    @Override
    public boolean equals(Object other) {
        return other instanceof BearerToken token && MessageDigest.isEqual(digest, token.digest);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(digest);
    }

    @Override
    public String toString() {
        return "BearerToken[not shown]";
    }
}
