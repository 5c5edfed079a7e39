package org.mkplay.toolchain.asm;

/** Tag attached to emitted instructions: which source line of which method produced them. */
public record SourceTag(String file, int line, String method) {}
