package org.exhibitkiosk.files;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the text component that names a thing others refer to ("place", "person"...). Ids are
 * lower-case words joined by hyphens and unique within their kind across all files.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface DeclaresId {
    /** The kind of thing, as a curator would say it: "place", "person", "source". */
    String value();
}
