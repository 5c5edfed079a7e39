package org.mkplay.rt;

/** java.lang.Runnable (implementable by classes; lambdas are not supported). */
public interface JRunnable {
    void run();
}
