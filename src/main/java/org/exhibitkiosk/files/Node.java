package org.exhibitkiosk.files;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML or JSON value that remembers where in its file it came from, so every later check can
 * name a line and column. Immutable once read.
 */
public sealed interface Node {

    Location location();

    /** A human name for the kind of value, for messages ("a list", "a text"). */
    String kindName();

    /** A scalar: text, number, true/false or null, with its text exactly as written. */
    record Scalar(Kind kind, String text, Object value, Location location) implements Node {

        public enum Kind { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

        @Override
        public String kindName() {
            return switch (kind) {
                case STRING -> "a text";
                case INTEGER, DECIMAL -> "a number";
                case BOOLEAN -> "true/false";
                case NULL -> "nothing (null)";
            };
        }
    }

    /** One key of a mapping: the key's own location, and its value. */
    record Entry(String key, Location keyLocation, Node value) {
    }

    /** A mapping of keys to values, in file order. */
    record Mapping(Map<String, Entry> entries, Location location) implements Node {
        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String kindName() {
            return "a set of keys";
        }
    }

    /** A sequence of values. */
    record Sequence(List<Node> items, Location location) implements Node {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kindName() {
            return "a list";
        }
    }
}
