package org.exhibitkiosk.files;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type written in files as a map from language code to text ({@code {en: ..., az: ...}}).
 * The schema reader checks that every configured language is present and not blank, and that every
 * character has a glyph in the bundled fonts.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LanguageMap {
}
