package org.mkplay.toolchain.front;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The methods of org.mkplay.vmmagic the kernel profile compiles inline (see ir.build.IntrinsicOps), keyed
 * by owner, name and descriptor. A method missing here (Address.equals, hashCode, toString, which exist
 * for JUnit only) is a compile error where it is called.
 *
 * @param kind   what the code generator emits
 * @param type   LOAD/STORE: the JVM type of the value (B, S, C, I, J; an Address is J)
 * @param offset LOAD/STORE: takes an int byte offset after the receiver
 */
public record KernelIntrinsic(Kind kind, char type, boolean offset) {
    public enum Kind {
        IDENTITY,
        ZERO,
        PLUS,
        MINUS,
        IS_ZERO,
        EQ,
        NE,
        LT,
        LE,
        GT,
        GE,
        LOAD,
        STORE,
        CSR_READ,
        CSR_WRITE,
        CSR_SWAP,
        CSR_SET,
        CSR_CLEAR,
        FENCE,
        FENCE_I,
        SFENCE_ALL,
        SFENCE_PAGE,
        WFI,
        ECALL,
        ENTER_SUPERVISOR,
        TRAP_VECTOR,
        IMAGE_TEXT_START,
        IMAGE_TEXT_END,
        IMAGE_DATA_START,
        IMAGE_END
    }

    public static final String ADDRESS = "org/mkplay/vmmagic/Address";
    public static final String TRAP_HANDLER = "Lorg/mkplay/vmmagic/TrapHandler;";
    public static final String SYSCALL_HANDLER = "Lorg/mkplay/vmmagic/SyscallHandler;";
    private static final String A = "L" + ADDRESS + ";";
    private static final Map<String, KernelIntrinsic> TABLE = build();

    /** The intrinsic for a call, or null if the method has no compiled form. */
    public static KernelIntrinsic find(String owner, String name, String desc) {
        return TABLE.get(owner + "." + name + desc);
    }

    /** Keys "owner.name+desc" of every compiled method (for consistency tests against the vmmagic classes). */
    public static Set<String> keys() {
        return Collections.unmodifiableSet(TABLE.keySet());
    }

    /** True for the Csr methods, whose first argument (the CSR number) must be a constant. */
    public boolean takesCsrNumber() {
        return kind.name().startsWith("CSR_");
    }

    private static Map<String, KernelIntrinsic> build() {
        Map<String, KernelIntrinsic> t = new LinkedHashMap<>();
        addressMethods(t);
        String csr = "org/mkplay/vmmagic/Csr.";
        put(t, csr + "read(I)J", Kind.CSR_READ);
        put(t, csr + "write(IJ)V", Kind.CSR_WRITE);
        put(t, csr + "swap(IJ)J", Kind.CSR_SWAP);
        put(t, csr + "setBits(IJ)V", Kind.CSR_SET);
        put(t, csr + "clearBits(IJ)V", Kind.CSR_CLEAR);
        String cpu = "org/mkplay/vmmagic/Cpu.";
        put(t, cpu + "fence()V", Kind.FENCE);
        put(t, cpu + "fenceI()V", Kind.FENCE_I);
        put(t, cpu + "sfenceVma()V", Kind.SFENCE_ALL);
        put(t, cpu + "sfenceVma(" + A + "I)V", Kind.SFENCE_PAGE);
        put(t, cpu + "wfi()V", Kind.WFI);
        put(t, cpu + "ecall(JJJJ)J", Kind.ECALL);
        put(t, cpu + "enterSupervisor()V", Kind.ENTER_SUPERVISOR);
        put(t, "org/mkplay/vmmagic/Trap.vector()" + A, Kind.TRAP_VECTOR);
        String image = "org/mkplay/vmmagic/Image.";
        put(t, image + "textStart()" + A, Kind.IMAGE_TEXT_START);
        put(t, image + "textEnd()" + A, Kind.IMAGE_TEXT_END);
        put(t, image + "dataStart()" + A, Kind.IMAGE_DATA_START);
        put(t, image + "end()" + A, Kind.IMAGE_END);
        return t;
    }

    private static void addressMethods(Map<String, KernelIntrinsic> t) {
        String a = ADDRESS + ".";
        put(t, a + "fromLong(J)" + A, Kind.IDENTITY);
        put(t, a + "toLong()J", Kind.IDENTITY);
        put(t, a + "zero()" + A, Kind.ZERO);
        put(t, a + "plus(J)" + A, Kind.PLUS);
        put(t, a + "minus(J)" + A, Kind.MINUS);
        put(t, a + "diff(" + A + ")J", Kind.MINUS);
        put(t, a + "isZero()Z", Kind.IS_ZERO);
        for (Kind k : new Kind[] {Kind.EQ, Kind.NE, Kind.LT, Kind.LE, Kind.GT, Kind.GE}) {
            put(t, a + k.name().toLowerCase() + "(" + A + ")Z", k);
        }
        String[][] types = {
            {"Byte", "B", "B"},
            {"Short", "S", "S"},
            {"Char", "C", "C"},
            {"Int", "I", "I"},
            {"Long", "J", "J"},
            {"Address", A, "J"}
        };
        for (String[] ty : types) {
            char jvm = ty[2].charAt(0);
            t.put(a + "load" + ty[0] + "()" + ty[1], new KernelIntrinsic(Kind.LOAD, jvm, false));
            t.put(a + "load" + ty[0] + "(I)" + ty[1], new KernelIntrinsic(Kind.LOAD, jvm, true));
            t.put(a + "store" + ty[0] + "(" + ty[1] + ")V", new KernelIntrinsic(Kind.STORE, jvm, false));
            t.put(a + "store" + ty[0] + "(I" + ty[1] + ")V", new KernelIntrinsic(Kind.STORE, jvm, true));
        }
    }

    private static void put(Map<String, KernelIntrinsic> t, String key, Kind kind) {
        t.put(key, new KernelIntrinsic(kind, ' ', false));
    }
}
