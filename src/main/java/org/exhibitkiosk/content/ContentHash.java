package org.exhibitkiosk.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fingerprint of a content folder, so a rollout can tell which files a kiosk shows: SHA-256,
 * in lower-case hex, over every regular file under the folder that is not an editor's or a tool's
 * ({@link EditorFiles}), in the order of their paths relative to the folder (written with
 * {@code /}, compared as strings); for each file its path in UTF-8, a zero byte, its length in
 * decimal ASCII, a zero byte, then its bytes. The same files give the same hash on any machine,
 * whatever their dates or the folder's name. File I/O: never on the EDT. Stateless.
 */
public final class ContentHash {

    private ContentHash() {
    }

    /**
     * The hash of the folder's files now.
     *
     * @throws UncheckedIOException when the folder cannot be read
     */
    public static String of(Path folder) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        byte[] buffer = new byte[64 * 1024];
        try {
            for (String relative : files(folder)) {
                Path file = folder.resolve(relative);
                digest.update(relative.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Long.toString(Files.size(file)).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) 0);
                try (InputStream in = Files.newInputStream(file)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        digest.update(buffer, 0, n);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the content folder " + folder + " cannot be read: " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The files that count, relative to the folder, with {@code /}, sorted. */
    static List<String> files(Path folder) throws IOException {
        try (Stream<Path> tree = Files.walk(folder)) {
            return tree.filter(Files::isRegularFile)
                    .map(folder::relativize)
                    .filter(relative -> !EditorFiles.isIgnored(relative))
                    .map(relative -> relative.toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
