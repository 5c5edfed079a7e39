package org.mkplay.toolchain.random;

/**
 * Why a generated program failed the differential check; {@code function} and {@code input} locate the first
 * output line that differs (null and -1 when the failure is not tied to a line, e.g. a compile error).
 */
record Finding(String description, String function, int input) {}
