package org.mkplay.toolchain.link;

/** A symbol of the image: a compiled method ("pkg.Class.name(desc)"), runtime routine or data object. */
public record SymbolInfo(String name, long address, long size, boolean function) {}
