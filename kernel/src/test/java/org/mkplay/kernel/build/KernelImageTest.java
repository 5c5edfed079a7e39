package org.mkplay.kernel.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.SymbolInfo;

/** The image builder writes the layout into Image's three statics and changes no other byte of the ELF. */
class KernelImageTest {
    @Test
    void onlyImagesStaticsChangeAndTheyHoldTheSegmentsBounds() {
        CompileResult r = KernelImage.compile(Path.of("target", "classes"), KernelImage.MAIN_CLASS);
        byte[] linked = r.elf(), patched = KernelImage.elf(r);
        KernelImage.Layout layout = KernelImage.layout(linked);
        Map<String, Long> expected = Map.of("textStart", layout.textStart(), "textEnd", layout.textEnd(),
            "dataStart", layout.dataStart());
        KernelImage.Segment data = KernelImage.segments(linked).stream().filter(seg -> !seg.executable()).findFirst().orElseThrow();
        Map<Integer, Long> slots = new TreeMap<>();
        for (SymbolInfo s : r.symbols()) {
            String field = s.name().replace(KernelImage.IMAGE_CLASS, "");
            if (s.name().startsWith(KernelImage.IMAGE_CLASS) && expected.containsKey(field)) {
                slots.put((int) (data.offset() + s.address() - data.vaddr()), expected.get(field));
            }
        }
        assertEquals(3, slots.size());
        ByteBuffer b = ByteBuffer.wrap(patched).order(ByteOrder.LITTLE_ENDIAN);
        for (Map.Entry<Integer, Long> slot : slots.entrySet()) {
            assertEquals(0, ByteBuffer.wrap(linked).order(ByteOrder.LITTLE_ENDIAN).getLong(slot.getKey()), "unpatched slot");
            assertEquals(slot.getValue(), b.getLong(slot.getKey()));
        }
        for (int k = 0; k < linked.length; k++) {
            final int offset = k;
            boolean inSlot = slots.keySet().stream().anyMatch(s -> offset >= s && offset < s + 8);
            if (!inSlot) assertEquals(linked[k], patched[k], "byte " + k);
        }
        assertEquals(0x8000_0000L, layout.textStart());
    }
}
