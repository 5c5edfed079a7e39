/**
 * Lesson checks: {@link org.mkplay.checks.CheckParser} turns a lesson's {@code checks} file into {@link
 * org.mkplay.checks.Check}s, each a {@link org.mkplay.checks.Fact}; {@link org.mkplay.checks.Checks#evaluate} holds
 * them against a {@link org.mkplay.checks.Run} (the console and the kernel's trace records) and gives a {@link
 * org.mkplay.checks.Verdict} per check: passed, what was expected and what happened. The language is in
 * docs/lessons.md.
 */
package org.mkplay.checks;
