package org.mkplay.riscv.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Virt} against the board QEMU 7.2 builds: QEMU writes its {@code virt} device tree
 * ({@code -machine virt,dumpdtb=FILE}), this test reads the flattened tree (the devicetree specification's
 * FDT format) and finds each device by its {@code compatible} string and address.
 */
class VirtMapTest {
    private static List<Node> nodes;

    /** A device-tree node: its name ("serial@10000000") and properties. */
    record Node(String name, Map<String, byte[]> properties) {
        String strings(String property) {
            byte[] value = properties.get(property);
            return value == null ? "" : new String(value, StandardCharsets.US_ASCII).replace('\0', ' ');
        }

        /** The property as big-endian 32-bit cells. */
        long[] cells(String property) {
            ByteBuffer value = ByteBuffer.wrap(properties.getOrDefault(property, new byte[0]));
            long[] cells = new long[value.remaining() / 4];
            for (int i = 0; i < cells.length; i++) cells[i] = value.getInt() & 0xFFFF_FFFFL;
            return cells;
        }

        /** reg with #address-cells = #size-cells = 2 (as on virt): {base, size}. */
        long[] reg() {
            long[] c = cells("reg");
            return new long[] {c[0] << 32 | c[1], c[2] << 32 | c[3]};
        }
    }

    @BeforeAll
    static void dumpQemuDeviceTree(@TempDir Path dir) throws IOException, InterruptedException {
        Path dtb = dir.resolve("virt.dtb");
        Process qemu = new ProcessBuilder(
                        "qemu-system-riscv64",
                        "-machine",
                        "virt,dumpdtb=" + dtb,
                        "-m",
                        Virt.DEFAULT_RAM_MIB + "M",
                        "-nographic",
                        "-bios",
                        "none")
                .redirectErrorStream(true)
                .start();
        qemu.getOutputStream().close();
        String output = new String(qemu.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(qemu.waitFor(60, TimeUnit.SECONDS), "qemu-system-riscv64 did not exit");
        assertEquals(0, qemu.exitValue(), output);
        nodes = parse(ByteBuffer.wrap(Files.readAllBytes(dtb)));
    }

    @Test
    void ramStartsAtRamBaseWithTheDefaultSize() {
        Node memory = device("memory", Virt.RAM_BASE);
        assertEquals("memory ", memory.strings("device_type"));
        assertEquals(Virt.DEFAULT_RAM_SIZE, memory.reg()[1]);
    }

    @Test
    void devicesSitWhereVirtSaysWithItsWindowsAndInterrupts() {
        assertWindow(device("ns16550a", Virt.UART_BASE), Virt.UART_SIZE);
        assertWindow(device("sifive,test0", Virt.FINISHER_BASE), Virt.FINISHER_SIZE);
        assertWindow(device("riscv,clint0", Virt.CLINT_BASE), Virt.CLINT_SIZE);
        assertWindow(device("virtio,mmio", Virt.VIRTIO_BASE), Virt.VIRTIO_SIZE);
        long[] plic = device("riscv,plic0", Virt.PLIC_BASE).reg();
        assertTrue(
                plic[1] <= Virt.PLIC_SIZE, "QEMU's PLIC (0x" + Long.toHexString(plic[1]) + " bytes) fits our window");
        assertEquals(Virt.UART_IRQ, device("ns16550a", Virt.UART_BASE).cells("interrupts")[0]);
        assertEquals(Virt.VIRTIO_IRQ, device("virtio,mmio", Virt.VIRTIO_BASE).cells("interrupts")[0]);
    }

    @Test
    void theTraceWindowLiesInAHoleOfQemusMap() {
        long start = Virt.TRACE_BASE, end = Virt.TRACE_BASE + Virt.TRACE_SIZE;
        for (Node node : nodes) {
            if (!node.properties().containsKey("reg") || node.cells("reg").length != 4) continue;
            long[] reg = node.reg();
            assertFalse(reg[0] < end && start < reg[0] + reg[1], node.name() + " overlaps the trace window");
        }
    }

    private static void assertWindow(Node node, long ourSize) {
        assertEquals(ourSize, node.reg()[1], node.name() + " window size");
    }

    /** The node with {@code compatible} (or device_type) naming {@code kind} whose reg starts at {@code base}. */
    private static Node device(String kind, long base) {
        for (Node node : nodes) {
            boolean matches =
                    (" " + node.strings("compatible") + node.strings("device_type")).contains(" " + kind + " ");
            if (matches && node.cells("reg").length >= 4 && node.reg()[0] == base) return node;
        }
        throw new AssertionError("QEMU's virt has no " + kind + " at 0x" + Long.toHexString(base));
    }

    // ---- the flattened device tree: header, then a token stream of nodes and properties ----
    private static final int MAGIC = 0xd00dfeed, BEGIN_NODE = 1, END_NODE = 2, PROP = 3, NOP = 4, END = 9;

    private static List<Node> parse(ByteBuffer fdt) {
        assertEquals(MAGIC, fdt.getInt(0), "FDT magic");
        int structure = fdt.getInt(8), strings = fdt.getInt(12);
        List<Node> out = new ArrayList<>();
        List<Node> open = new ArrayList<>();
        fdt.position(structure);
        while (true) {
            int token = fdt.getInt();
            switch (token) {
                case BEGIN_NODE -> {
                    Node node = new Node(cString(fdt, fdt.position()), new HashMap<>());
                    fdt.position(align(fdt.position() + node.name().length() + 1));
                    open.add(node);
                    out.add(node);
                }
                case END_NODE -> open.remove(open.size() - 1);
                case PROP -> {
                    int length = fdt.getInt(), nameOffset = fdt.getInt();
                    byte[] value = new byte[length];
                    fdt.get(value);
                    fdt.position(align(fdt.position()));
                    open.get(open.size() - 1).properties().put(cString(fdt, strings + nameOffset), value);
                }
                case NOP -> {}
                case END -> {
                    return out;
                }
                default -> throw new AssertionError("bad FDT token " + token);
            }
        }
    }

    private static String cString(ByteBuffer fdt, int at) {
        StringBuilder s = new StringBuilder();
        for (int i = at; fdt.get(i) != 0; i++) s.append((char) fdt.get(i));
        return s.toString();
    }

    private static int align(int position) {
        return (position + 3) & ~3;
    }
}
