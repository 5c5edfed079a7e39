package org.mkplay.checks;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a lesson's checks file: one check per line; blank lines and lines starting with {@code #} are skipped.
 * <pre>
 *   check   := ["not"] fact
 *   fact    := "console" "contains" STRING | "console" "line" STRING
 *            | "ipc" NAME "->" NAME ["label" INT] [times] | "reply" NAME "->" NAME ["label" INT] [times]
 *            | "notify" NAME "->" NAME [times] | "interrupt" "->" NAME [times]
 *            | "fault" NAME ["cause" INT] [times] | "restart" NAME [times] | "exit" NAME ["status" INT]
 *            | "round-trip" NAME "->" NAME "at" "most" INT "instructions" | "panic"
 *   times   := "at" "least" INT "times"
 *   NAME    := a process name, or "any";  INT := decimal or 0x hexadecimal;  STRING := "..." with \" \\ \n
 * </pre>
 */
public final class CheckParser {
    private final List<String> words;
    private final int line;
    private int next;

    private CheckParser(List<String> words, int line) {
        this.words = words;
        this.line = line;
    }

    public static List<Check> parse(String text) throws CheckSyntaxException {
        List<Check> checks = new ArrayList<>();
        List<String> lines = Words.lines(text);
        for (int i = 0; i < lines.size(); i++) {
            String source = lines.get(i).strip();
            if (source.isEmpty() || source.startsWith("#")) continue;
            checks.add(new Check(i + 1, source, parseLine(source, i + 1)));
        }
        return checks;
    }

    static Fact parseLine(String source, int line) throws CheckSyntaxException {
        CheckParser p = new CheckParser(Words.split(source, line), line);
        Fact fact = p.check();
        if (p.next < p.words.size())
            throw p.error("unexpected " + Fact.quote(p.words.get(p.next)) + " after the check");
        return fact;
    }

    private Fact check() throws CheckSyntaxException {
        if (peekIs("not")) {
            next++;
            return new Fact.Not(fact());
        }
        return fact();
    }

    private Fact fact() throws CheckSyntaxException {
        String keyword =
                word("a check (console, ipc, reply, notify, interrupt, fault, restart, exit, round-trip, panic)");
        switch (keyword) {
            case "console": {
                String how = word("'contains' or 'line'");
                if (!how.equals("contains") && !how.equals("line"))
                    throw error("expected 'contains' or 'line' after 'console', found " + Fact.quote(how));
                String text = string();
                return how.equals("contains") ? new Fact.ConsoleContains(text) : new Fact.ConsoleLine(text);
            }
            case "ipc": {
                String from = name(), to = arrowName();
                Long label = optionalNumber("label");
                return new Fact.Ipc(from, to, label, times());
            }
            case "reply": {
                String from = name(), to = arrowName();
                Long label = optionalNumber("label");
                return new Fact.Reply(from, to, label, times());
            }
            case "notify": {
                String from = name(), to = arrowName();
                return new Fact.Notify(from, to, times());
            }
            case "interrupt":
                return new Fact.Interrupt(arrowName(), times());
            case "fault": {
                String process = name();
                Long cause = optionalNumber("cause");
                return new Fact.Fault(process, cause == null ? null : (int) (long) cause, times());
            }
            case "restart":
                return new Fact.Restart(name(), times());
            case "exit": {
                String process = name();
                return new Fact.Exit(process, optionalNumber("status"));
            }
            case "round-trip": {
                String from = name(), to = arrowName();
                expect("at");
                expect("most");
                long max = number();
                expect("instructions");
                return new Fact.RoundTrip(from, to, max);
            }
            case "panic":
                return new Fact.Panic();
            default:
                throw error(
                        "unknown check " + Fact.quote(keyword)
                                + " (known: console, ipc, reply, notify, interrupt, fault, restart, exit, round-trip, panic, not)");
        }
    }

    /** [at least N times]: 1 when absent. */
    private int times() throws CheckSyntaxException {
        if (!peekIs("at")) return 1;
        next++;
        expect("least");
        long n = number();
        expect("times");
        if (n < 1 || n > Integer.MAX_VALUE) throw error("a count must be at least 1, got " + n);
        return (int) n;
    }

    private Long optionalNumber(String keyword) throws CheckSyntaxException {
        if (!peekIs(keyword)) return null;
        next++;
        return number();
    }

    private String arrowName() throws CheckSyntaxException {
        expect("->");
        return name();
    }

    private String name() throws CheckSyntaxException {
        String w = word("a process name");
        if (!Words.isName(w)) throw error("expected a process name, found " + Fact.quote(w));
        return w;
    }

    private long number() throws CheckSyntaxException {
        String w = word("a number");
        try {
            return w.startsWith("0x") ? Words.parseHex(w.substring(2)) : Long.parseLong(w);
        } catch (NumberFormatException e) {
            throw error("expected a number, found " + Fact.quote(w));
        }
    }

    private String string() throws CheckSyntaxException {
        String w = word("a quoted text");
        if (!Words.isQuoted(w)) throw error("expected a quoted text, found " + Fact.quote(w));
        return Words.unquote(w);
    }

    private void expect(String keyword) throws CheckSyntaxException {
        String w = word("'" + keyword + "'");
        if (!w.equals(keyword)) throw error("expected '" + keyword + "', found " + Fact.quote(w));
    }

    private boolean peekIs(String keyword) {
        return next < words.size() && words.get(next).equals(keyword);
    }

    private String word(String what) throws CheckSyntaxException {
        if (next == words.size()) throw error("expected " + what + " at the end of the line");
        return words.get(next++);
    }

    private CheckSyntaxException error(String message) {
        return new CheckSyntaxException(line, message);
    }
}
