package org.mkplay.backend.source;

/** One Java source of a module or a build: a plain file name ({@code Echo.java}) and its text. */
public record SourceFile(String name, String content) {}
