package org.mkplay.rt;

/** java.lang.Runnable (a class, a lambda or a method reference). */
public interface JRunnable {
    void run();
}
