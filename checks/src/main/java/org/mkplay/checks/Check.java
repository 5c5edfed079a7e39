package org.mkplay.checks;

/** One line of a lesson's checks file: its line number, its text as written and the fact it states. */
public record Check(int line, String source, Fact fact) {
    public Verdict evaluate(Run run) {
        Fact.Outcome o = fact.evaluate(run);
        return new Verdict(this, o.holds(), fact.describe(), o.observed());
    }
}
