package org.mkplay.toolchain.ir;

/**
 * One exception handler covering a block: where control goes when an instruction of the block raises an
 * exception that is an instance of {@code type} (an internal class name; null catches everything, as javac's
 * {@code finally} and try-with-resources handlers do).
 */
public record Handler(Block target, String type) {}
