package org.mkplay.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class (or method) that needs a tool installed as root: QEMU, the GNU RISC-V toolchain or Chromium.
 * The fast tier ({@code scripts/test-fast}) leaves these out with Surefire's {@code -DexcludedGroups=host-tools};
 * the full tier ({@code scripts/test}) runs them, and there a missing tool fails the test.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(NeedsHostTools.TAG)
public @interface NeedsHostTools {
    String TAG = "host-tools";
}
