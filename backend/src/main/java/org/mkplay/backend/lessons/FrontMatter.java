package org.mkplay.backend.lessons;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code key: value} lines between a leading {@code ---} line and the next one, then the Markdown body.
 * Flat keys and single-line values only: lessons need id, title and order, nothing that needs YAML.
 */
final class FrontMatter {
    record Parsed(Map<String, String> fields, String body, String where) {
        String required(String key) {
            String value = fields.get(key);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException(where + ": front matter has no " + key);
            }
            return value;
        }

        int requiredInt(String key) {
            try {
                return Integer.parseInt(required(key));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(where + ": front matter's " + key + " is not a whole number");
            }
        }
    }

    private FrontMatter() {}

    static Parsed parse(String text, String where) {
        String normalised = text.replace("\r\n", "\n");
        if (!normalised.startsWith("---\n")) {
            throw new IllegalStateException(where + ": must start with a --- line opening the front matter");
        }
        int end = normalised.indexOf("\n---\n", 3);
        if (end < 0) {
            throw new IllegalStateException(where + ": the front matter has no closing --- line");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : normalised.substring(4, end).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException(where + ": front matter line is not key: value: " + line);
            }
            fields.put(
                    line.substring(0, colon).strip(),
                    unquote(line.substring(colon + 1).strip()));
        }
        return new Parsed(fields, normalised.substring(end + 5), where);
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"");
        return quoted ? value.substring(1, value.length() - 1) : value;
    }
}
