package org.exhibitkiosk.files;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type written in files as one text with a form of its own ("09:00-18:00", "1919-11"). The
 * type has a {@code public static T parse(String)} that throws {@link IllegalArgumentException}
 * with a curator-readable message, and binds from that text through a Jackson creator.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TextValue {
}
