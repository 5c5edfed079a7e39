package org.mkplay.backend.source;

import java.util.regex.Pattern;

/** Short identifiers that requests carry besides files: lesson ids and placements. */
public final class Identifiers {
    /** Lesson ids are folder names under lessons/: {@code 01-boot}. */
    public static final Pattern LESSON = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    /** A placement names where the learner's servers run (chosen in the page); its meaning comes with manifests. */
    public static final Pattern PLACEMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:,=-]{0,127}");

    private Identifiers() {}

    /** Null stays null (the field is optional); anything else must match. */
    public static String optional(String field, String value, Pattern pattern) {
        if (value != null && !pattern.matcher(value).matches()) {
            throw new InvalidInput(field + ": " + SourceFiles.quoted(value) + " does not match " + pattern.pattern());
        }
        return value;
    }
}
