package org.mkplay.rt;

/** java.io.Closeable (declared without its IOException, see JAutoCloseable). */
public interface JCloseable extends JAutoCloseable {
    void close();
}
