package org.mkplay.web;

import java.util.List;
import org.mkplay.checks.Check;
import org.mkplay.checks.CheckParser;
import org.mkplay.checks.CheckSyntaxException;
import org.mkplay.checks.Checks;
import org.mkplay.checks.Verdict;

/**
 * A lesson's checks held against the run the bridge saw, as the JSON the page reads:
 * <pre>
 *   {"error": null, "records": N, "verdicts": [{"line", "source", "passed", "expected", "observed"}, ...]}
 *   {"error": "checks line 3: ...", "records": N, "verdicts": []}     a file that does not parse
 *   {"error": "the run wrote more than ...", "records": N, "verdicts": []}   a run the log could not keep whole
 * </pre>
 * The verdicts are {@link Checks#evaluate}'s, the evaluator {@code mkplay check} runs on the JVM.
 */
final class ChecksReport {
    private ChecksReport() {}

    static String evaluate(String checksFile, RunLog log) {
        List<Check> checks;
        try {
            checks = CheckParser.parse(checksFile);
        } catch (CheckSyntaxException e) {
            return failure(e.getMessage(), log);
        }
        String incomplete = log.incomplete();
        if (incomplete != null) return failure("cannot check this run: " + incomplete, log);
        List<Verdict> verdicts = Checks.evaluate(checks, log.run());
        StringBuilder json = new StringBuilder("{\"error\":null,\"records\":")
                .append(log.records())
                .append(",\"verdicts\":[");
        for (int i = 0; i < verdicts.size(); i++) {
            Verdict v = verdicts.get(i);
            if (i > 0) json.append(',');
            json.append("{\"line\":")
                    .append(v.check().line())
                    .append(",\"source\":")
                    .append(string(v.check().source()))
                    .append(",\"passed\":")
                    .append(v.passed())
                    .append(",\"expected\":")
                    .append(string(v.expected()))
                    .append(",\"observed\":")
                    .append(string(v.observed()))
                    .append('}');
        }
        return json.append("]}").toString();
    }

    private static String failure(String message, RunLog log) {
        return "{\"error\":" + string(message) + ",\"records\":" + log.records() + ",\"verdicts\":[]}";
    }

    /** A JSON string (RFC 8259 §7): quotes, backslashes and control characters escaped. */
    static String string(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                out.append(c < 0x10 ? "\\u000" : c < 0x100 ? "\\u00" : "\\u").append(Integer.toHexString(c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
