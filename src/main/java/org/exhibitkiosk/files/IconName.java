package org.exhibitkiosk.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Marks a text that names one of the kiosk's bundled icons (the SVG files listed in
 * {@code org/exhibitkiosk/icons/icons.txt}, drawn by {@code ui.Icons}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface IconName {

    /** The ids of the bundled icons. Immutable, thread-safe. */
    final class Known {
        private static final List<String> IDS = read();

        private Known() {
        }

        public static List<String> ids() {
            return IDS;
        }

        private static List<String> read() {
            try (InputStream in = IconName.class.getClassLoader()
                    .getResourceAsStream("org/exhibitkiosk/icons/icons.txt")) {
                if (in == null) {
                    return List.of();
                }
                return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                        .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            } catch (IOException e) {
                return List.of();
            }
        }
    }
}
