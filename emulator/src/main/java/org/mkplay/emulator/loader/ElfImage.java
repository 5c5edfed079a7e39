package org.mkplay.emulator.loader;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/** A parsed ELF64 executable: its entry point, loadable segments and symbols (name to address). */
public final class ElfImage {
    /** A PT_LOAD segment: {@code fileSize} bytes of {@code data} at {@code physicalAddress}, then zeros up to {@code memorySize}. */
    public static final class Segment {
        public final long physicalAddress;
        public final long memorySize;
        public final byte[] data;

        Segment(long physicalAddress, long memorySize, byte[] data) {
            this.physicalAddress = physicalAddress;
            this.memorySize = memorySize;
            this.data = data;
        }
    }

    private final long entry;
    private final List<Segment> segments;
    private final Map<String, Long> symbols;
    private final List<Symbol> functions;

    /** A function symbol (STT_FUNC) with its address range, for showing names in traces and the UI. */
    public static final class Symbol {
        public final String name;
        public final long address;
        public final long size;

        Symbol(String name, long address, long size) {
            this.name = name;
            this.address = address;
            this.size = size;
        }
    }

    ElfImage(long entry, List<Segment> segments, Map<String, Long> symbols, List<Symbol> functions) {
        this.entry = entry;
        this.segments = Collections.unmodifiableList(segments);
        this.symbols = Collections.unmodifiableMap(symbols);
        this.functions = Collections.unmodifiableList(functions);
    }

    public long entry() {
        return entry;
    }

    public List<Segment> segments() {
        return segments;
    }

    public Map<String, Long> symbols() {
        return symbols;
    }

    /** The address of a symbol, or -1 if the image does not define it. */
    public long symbol(String name) {
        Long value = symbols.get(name);
        return value == null ? -1 : value;
    }

    public List<Symbol> functions() {
        return functions;
    }

    /** The function containing {@code address}, or null. */
    public Symbol functionAt(long address) {
        for (Symbol s : functions) {
            if (address >= s.address && address < s.address + Math.max(1, s.size)) {
                return s;
            }
        }
        return null;
    }
}
