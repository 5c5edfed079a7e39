package org.mkplay.backend;

/** Static files the server tests fetch: the web module's if present, else backend/src/test/resources/public. */
final class StaticFixtures {
    static final String WASM = "empty.wasm";

    private StaticFixtures() {}
}
