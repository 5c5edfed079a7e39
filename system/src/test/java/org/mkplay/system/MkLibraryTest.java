package org.mkplay.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mkplay.toolchain.front.RuntimeLibrary;

/**
 * The mk library's logic on the JVM: its classes exactly as the toolchain compiled them (RuntimeLibrary), loaded by a
 * class loader that defines the mk package and the runtime classes it names (the JDK stands in for the rest), and
 * driven by reflection. What needs the kernel (the system calls) is tested by booting systems (EchoClientTest,
 * DefaultSystemTest); here: a message's bounds, labels, text and comparisons, and a capability's slot range.
 */
class MkLibraryTest {
    static final class MkLoader extends ClassLoader {
        private final Map<String, byte[]> classes = RuntimeLibrary.classes();

        MkLoader() {
            super(MkLibraryTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                byte[] bytes = name.startsWith("org.mkplay.mk.") || name.startsWith("org.mkplay.rt.")
                        ? classes.get(name.replace('.', '/'))
                        : null;
                if (c == null && bytes != null) c = defineClass(name, bytes, 0, bytes.length);
                return c != null ? c : super.loadClass(name, resolve);
            }
        }
    }

    static final MkLoader LOADER = new MkLoader();

    static Object message() throws Exception {
        return LOADER.loadClass("org.mkplay.mk.Message").getConstructor().newInstance();
    }

    static Object call(Object target, String method, Object... args) throws Throwable {
        for (Method m : target.getClass().getMethods()) {
            if (!m.getName().equals(method) || m.getParameterCount() != args.length) continue;
            Class<?>[] types = m.getParameterTypes();
            if (args.length == 1 && types[0] == String.class != args[0] instanceof String) continue;
            if (args.length == 1 && types[0] == int.class && !(args[0] instanceof Integer)) continue;
            try {
                return m.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
        throw new NoSuchMethodException(method);
    }

    @Test
    void aMessageHoldsALabelSixWordsAndItsBytes() throws Throwable {
        Object m = message();
        call(m, "label", 0x1_0000_0007L);
        assertEquals(7L, call(m, "label"), "a label is 32 bits");
        for (long w = 1; w <= 6; w++) call(m, "add", w * 10);
        assertEquals(6, call(m, "words"));
        assertEquals(60L, call(m, "word", 5));
        assertThrows(IllegalStateException.class, () -> call(m, "add", 70L), "a seventh word");
        assertThrows(IndexOutOfBoundsException.class, () -> call(m, "word", 6));
        assertThrows(IndexOutOfBoundsException.class, () -> call(m, "word", -1));
        call(m, "put", "héllo");
        assertEquals("h?llo", call(m, "text"), "characters beyond ASCII become '?'");
        assertTrue((Boolean) call(m, "textEquals", "h?llo"));
        assertFalse((Boolean) call(m, "textEquals", "h?ll"));
        assertEquals((int) 'o', call(m, "byteAt", 4));
        assertThrows(IndexOutOfBoundsException.class, () -> call(m, "byteAt", 5));
        call(m, "clear");
        assertEquals(0, call(m, "words"));
        assertEquals(0, call(m, "length"));
        assertEquals(0L, call(m, "label"));
    }

    @Test
    void aMessageTakesAtMost4096Bytes() throws Throwable {
        Object m = message();
        for (int i = 0; i < 4096; i++) call(m, "put", 'x' + 0);
        assertEquals(4096, call(m, "length"));
        assertThrows(IllegalStateException.class, () -> call(m, "put", 1));
        Object copy = message();
        call(m, "copyBytesTo", copy);
        assertEquals(4096, call(copy, "length"));
    }

    @Test
    void aCapIsASlotOfTheTable() throws Throwable {
        Class<?> cap = LOADER.loadClass("org.mkplay.mk.Cap");
        assertEquals(
                16 + 3,
                cap.getField("slot").get(cap.getMethod("program", int.class).invoke(null, 3)));
        assertEquals(
                40 + 2,
                cap.getField("slot").get(cap.getMethod("process", int.class).invoke(null, 2)));
        InvocationTargetException e = assertThrows(
                InvocationTargetException.class,
                () -> cap.getConstructor(int.class).newInstance(64));
        assertTrue(e.getCause() instanceof IllegalArgumentException);
        Map<String, Integer> wellKnown = Map.of(
                "SELF", SystemImage.SELF,
                "NAMES", SystemImage.NAMES,
                "CONSOLE", SystemImage.CONSOLE,
                "INPUT", SystemImage.INPUT,
                "SUPERVISOR", SystemImage.SUPERVISOR,
                "DEVICE", SystemImage.DEVICE,
                "IRQ", SystemImage.IRQ,
                "INPUT_SIGNAL", SystemImage.INPUT_SIGNAL,
                "TICK", SystemImage.TICK,
                "TICKS", SystemImage.TICKS);
        for (Map.Entry<String, Integer> slot : wellKnown.entrySet()) {
            Object capability = cap.getField(slot.getKey()).get(null);
            assertEquals(
                    slot.getValue(),
                    cap.getField("slot").get(capability),
                    slot.getKey() + ": the builder and mk agree");
        }
        assertEquals(SystemImage.PROGRAMS, cap.getField("PROGRAMS").get(null));
        assertEquals(SystemImage.PROCESSES, cap.getField("PROCESSES").get(null));
    }
}
