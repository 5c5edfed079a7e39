package org.mkplay.backend.run;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntConsumer;

/**
 * Host input for the emulated UART. A daemon thread blocks in {@code read} on the host stream and queues
 * what arrives; the emulator loop (single-threaded, never blocking) drains the queue between slices.
 * End of input just stops the feeding: the guest sees no more bytes, as with an unplugged keyboard.
 */
public final class StdinPump {
    /** Chunks in arrival order; written only by the reader thread, drained only by the emulator thread. */
    private final ConcurrentLinkedQueue<byte[]> chunks = new ConcurrentLinkedQueue<>();

    private volatile boolean endOfInput;
    /** Signalled when a chunk arrives or the input ends, for {@link #awaitInput}. */
    private final Object arrival = new Object();

    private StdinPump() {}

    /** Starts reading {@code in} on a daemon thread (it never keeps the process alive). */
    public static StdinPump start(InputStream in) {
        StdinPump pump = new StdinPump();
        Thread reader = new Thread(() -> pump.copy(in), "mkplay-stdin");
        reader.setDaemon(true);
        reader.start();
        return pump;
    }

    private void copy(InputStream in) {
        byte[] buffer = new byte[4096];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (n > 0) {
                    chunks.add(Arrays.copyOf(buffer, n));
                    signalArrival();
                }
            }
        } catch (IOException e) {
            // A closed or broken stdin is the same as its end for the guest.
        } finally {
            endOfInput = true;
            signalArrival();
        }
    }

    private void signalArrival() {
        synchronized (arrival) {
            arrival.notifyAll();
        }
    }

    /**
     * Blocks until some input is ready to drain, the input has ended, or {@code millis} have passed,
     * so an idle guest waiting for a key does not spin the host CPU.
     */
    public void awaitInput(long millis) throws InterruptedException {
        synchronized (arrival) {
            if (chunks.isEmpty() && !endOfInput) {
                arrival.wait(millis);
            }
        }
    }

    /** Hands every byte received so far to {@code sink} (0..255), oldest first; returns how many. */
    public int drainTo(IntConsumer sink) {
        int count = 0;
        byte[] chunk;
        while ((chunk = chunks.poll()) != null) {
            for (byte b : chunk) {
                sink.accept(b & 0xff);
            }
            count += chunk.length;
        }
        return count;
    }

    /** True once the host stream has ended and every byte read from it has been drained. */
    public boolean exhausted() {
        return endOfInput && chunks.isEmpty();
    }
}
