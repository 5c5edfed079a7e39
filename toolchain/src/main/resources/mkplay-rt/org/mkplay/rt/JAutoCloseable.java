package org.mkplay.rt;

/**
 * java.lang.AutoCloseable: what try-with-resources closes. Declared without a throws clause, since the
 * library's exceptions are not Throwables to javac; user code sees the JDK's declaration when it compiles.
 */
public interface JAutoCloseable {
    void close();
}
