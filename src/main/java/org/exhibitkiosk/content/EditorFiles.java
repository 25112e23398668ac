package org.exhibitkiosk.content;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Files in the content and config folders that are not content: what editors, version control
 * and file managers leave beside a curator's files (hidden files and folders such as
 * {@code .git}, {@code .foo.yaml.swp}, {@code foo.yaml~}, {@code #foo.yaml#}, {@code ~$foo.docx},
 * vim's {@code 4913} probe, {@code *.tmp}). The folder watcher does not react to them and the
 * content hash leaves them out. Stateless.
 */
public final class EditorFiles {

    private EditorFiles() {
    }

    /** Whether the file or folder of this name is an editor's or a tool's, not the curators'. */
    public static boolean isIgnoredName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith(".") || name.startsWith("#") || name.startsWith("~$") || name.endsWith("~")
                || name.equals("4913") || lower.endsWith(".swp") || lower.endsWith(".swo") || lower.endsWith(".swx")
                || lower.endsWith(".tmp") || lower.endsWith(".part");
    }

    /** Whether any part of a path relative to its folder is ignored. */
    public static boolean isIgnored(Path relative) {
        for (Path part : relative) {
            if (isIgnoredName(part.toString())) {
                return true;
            }
        }
        return false;
    }
}
