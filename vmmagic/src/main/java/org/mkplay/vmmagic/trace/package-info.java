/**
 * The host side of the kernel's trace records: {@link org.mkplay.vmmagic.trace.TraceRecord} decodes what the kernel
 * writes to the emulator's trace window. Host code only: the kernel names the record types' constants, which javac
 * inlines, and nothing else of this package.
 */
package org.mkplay.vmmagic.trace;
