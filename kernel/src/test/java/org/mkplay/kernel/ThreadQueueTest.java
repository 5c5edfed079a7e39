package org.mkplay.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mkplay.vmmagic.Address;

/** The intrusive FIFO under the ready queues and an endpoint's send and receive queues. */
class ThreadQueueTest {
    private final Thread a = new Thread(0, Address.zero()),
            b = new Thread(1, Address.zero()),
            c = new Thread(2, Address.zero());

    @Test
    void firstInFirstOut() {
        ThreadQueue q = new ThreadQueue();
        q.push(a);
        q.push(b);
        q.push(c);
        assertEquals(3, q.count);
        assertSame(a, q.pop());
        assertSame(b, q.pop());
        assertSame(c, q.pop());
        assertNull(q.pop());
        assertTrue(q.isEmpty());
        assertNull(q.tail);
    }

    @Test
    void removeFromTheMiddleAndEndsKeepsTheLinks() {
        ThreadQueue q = new ThreadQueue();
        q.push(a);
        q.push(b);
        q.push(c);
        q.remove(b);
        assertSame(c, a.next);
        assertSame(a, c.prev);
        assertNull(b.queue);
        q.remove(c);
        assertSame(a, q.tail);
        q.remove(a);
        assertTrue(q.isEmpty());
        assertEquals(0, q.count);
    }

    @Test
    void pushFrontPutsAThreadFirstAndLeaveIgnoresAThreadInNoQueue() {
        ThreadQueue q = new ThreadQueue();
        q.push(a);
        q.pushFront(b);
        assertSame(b, q.head);
        assertSame(q, b.queue);
        ThreadQueue.leave(c);
        ThreadQueue.leave(b);
        assertSame(a, q.head);
        assertEquals(1, q.count);
    }
}
