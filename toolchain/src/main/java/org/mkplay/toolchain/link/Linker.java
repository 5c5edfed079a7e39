package org.mkplay.toolchain.link;

import static org.mkplay.toolchain.asm.Reg.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mkplay.riscv.isa.Disassembler;
import org.mkplay.toolchain.ListingLine;
import org.mkplay.toolchain.SymbolInfo;
import org.mkplay.toolchain.asm.Assembler;
import org.mkplay.toolchain.asm.Encoder;
import org.mkplay.toolchain.asm.Label;
import org.mkplay.toolchain.codegen.MethodCompiler;
import org.mkplay.toolchain.codegen.SourceTag;
import org.mkplay.toolchain.codegen.Symbols;
import org.mkplay.toolchain.elf.ElfWriter;
import org.mkplay.toolchain.front.ClassPool;
import org.mkplay.toolchain.front.Reachability;
import org.mkplay.toolchain.ir.IrMethod;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;

/**
 * Lays out and emits the whole image in one assembler buffer: runtime glue and compiled methods (text),
 * then, from the next 4 KiB page, class descriptors, itables, strings and static fields (data). The
 * ELF gets two PT_LOAD segments (.text RX, .data RW) and a symbol per method, routine and descriptor.
 */
public final class Linker implements Symbols {
    /**
     * Labels bound at the image's bounds, as the ELF's program headers give them (vmmagic.Image compiles to
     * their addresses): the text segment runs from TEXT_START to TEXT_END (padded to a page), the data segment
     * from DATA_START (the same address) to END, where the heap starts.
     */
    public static final String TEXT_START = "_text", TEXT_END = "_etext", DATA_START = "_data", END = "_end";
    private final ClassPool pool;
    private final Reachability reach;
    private final Layout layout;
    private final long base;
    private final Assembler asm;
    private final Map<String, Label> strings = new LinkedHashMap<>();
    private final Map<String, Label> descriptors = new LinkedHashMap<>();
    private final Map<String, ClassPool.FieldRef> statics = new LinkedHashMap<>();
    private final Map<String, Object[]> descTables = new LinkedHashMap<>();
    private final List<SymbolInfo> symbols = new ArrayList<>();
    private final List<Object[]> pendingSymbols = new ArrayList<>(); // {name, Label start, Integer endOffset, Boolean fn}
    private byte[] elf;
    private List<ListingLine> listing;
    private final List<IrMethod> compiledIr = new ArrayList<>();

    public Linker(ClassPool pool, Reachability reach) {
        this.pool = pool;
        this.reach = reach;
        this.layout = new Layout(pool, reach);
        this.base = MemoryMap.base(reach.profile());
        this.asm = new Assembler(base);
    }

    /** The user profile's image: linked at USER_BASE, its runtime reaching the kernel by ecall. */
    boolean user() {
        return reach.profile() == org.mkplay.toolchain.Profile.USER;
    }

    @Override public Assembler asm() { return asm; }
    @Override public ClassPool pool() { return pool; }
    @Override public Layout layout() { return layout; }
    @Override public Reachability reach() { return reach; }

    @Override
    public Label method(ClassPool.MethodRef m) {
        return asm.label("m:" + m.key());
    }

    /**
     * A reference array's element type is registered with it (its descriptor points to the element's), so that
     * every descriptor exists before {@link Descriptors#emit} runs and interface ids are all assigned by then.
     */
    @Override
    public Label descriptor(String classOrArray) {
        Label known = descriptors.get(classOrArray);
        if (known != null) return known;
        Label label = asm.label("d:" + classOrArray);
        descriptors.put(classOrArray, label);
        String element = Layout.referenceElement(classOrArray);
        if (element != null) descriptor(element);
        else if (!classOrArray.startsWith("[")) layout.info(classOrArray);
        return label;
    }

    @Override
    public Label staticField(ClassPool.FieldRef f) {
        String key = f.owner().name + "." + f.field().name;
        statics.putIfAbsent(key, f);
        return asm.label("s:" + key);
    }

    @Override
    public Label initFlag(String cls) {
        return asm.label("f:" + cls);
    }

    @Override
    public Label initRoutine(String cls) {
        return asm.label("i:" + cls);
    }

    @Override
    public Label string(String value) {
        return strings.computeIfAbsent(value, v -> asm.newLabel("str"));
    }

    @Override
    public Label arrayDescriptorTable(String arrayDesc, int dims) {
        String key = arrayDesc + "/" + dims;
        Object[] t = descTables.computeIfAbsent(key, k -> new Object[] {asm.newLabel("dt"), arrayDesc, dims});
        for (int k = 0; k < dims; k++) descriptor(arrayDesc.substring(k));
        return (Label) t[0];
    }

    @Override
    public Label routine(String name) {
        return asm.label(name);
    }

    // ---- the image ----

    /** Emits everything; main is the program's entry method. */
    public void link(ClassPool.MethodRef main) {
        asm.bind(asm.label(TEXT_START));
        for (String arr : reach.arrayTypes()) descriptor(arr);
        for (Layout.ClassInfo ci : layout.classes()) descriptor(ci.name());
        Runtime.emitStart(this, main);
        Runtime.emitRoutines(this);
        if (reach.trapHandler() != null) TrapGlue.emit(this, reach.trapHandler());
        for (Layout.ClassInfo ci : layout.classes()) {
            if (ci.needsInit) Runtime.emitInitRoutine(this, ci);
        }
        for (ClassPool.MethodRef m : reach.methods().values()) compileMethod(m);
        asm.setTag(null);
        asm.align(4096);
        int dataStart = asm.position();
        asm.bind(asm.label(TEXT_END));
        asm.bind(asm.label(DATA_START));
        emitData();
        asm.align(8);
        asm.bind(asm.label(END));
        byte[] image = asm.finish();
        resolveSymbols();
        elf = writeElf(image, dataStart);
        listing = buildListing(image, dataStart);
    }

    private void compileMethod(ClassPool.MethodRef m) {
        if ((m.method().access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) return;
        Label start = method(m);
        asm.align(4);
        asm.bind(start);
        String name = m.owner().name.replace('/', '.') + "." + m.method().name + m.method().desc;
        compiledIr.add(MethodCompiler.compileInto(this, m, asm));
        symbol(name, start, true);
    }

    void symbol(String name, Label start, boolean function) {
        pendingSymbols.add(new Object[] {name, start, asm.position(), function});
    }

    private void resolveSymbols() {
        for (Object[] s : pendingSymbols) {
            Label l = (Label) s[1];
            long size = (Integer) s[2] - l.offset();
            symbols.add(new SymbolInfo((String) s[0], asm.address(l), size, (Boolean) s[3]));
        }
    }

    private void emitData() {
        Label heap = asm.label("heap_ptr");
        asm.bind(heap);
        asm.dword(asm.label(END), 0);
        symbol("heap_ptr", heap, false);
        if (user()) {
            Label limit = asm.label("heap_limit");
            asm.bind(limit);
            asm.dword(asm.label(END), MemoryMap.USER_HEAP_SIZE);
            symbol("heap_limit", limit, false);
        }
        Label args = asm.label("empty_args");
        asm.bind(args);
        asm.dword(descriptor("[Ljava/lang/String;"), 0);
        asm.dword(0);
        for (Layout.ClassInfo ci : layout.classes()) {
            if (!ci.needsInit) continue;
            asm.bind(initFlag(ci.name()));
            asm.dword(0);
        }
        emitStatics();
        Descriptors.emit(this, descriptors);
        for (Object[] t : descTables.values()) {
            asm.align(8);
            asm.bind((Label) t[0]);
            String desc = (String) t[1];
            for (int k = 0; k < (Integer) t[2]; k++) asm.dword(descriptor(desc.substring(k)), 0);
        }
        emitStrings();
    }

    private void emitStatics() {
        for (ClassNode c : pool.all()) {
            if (!reach.usedClasses().contains(c.name)) continue;
            for (FieldNode f : c.fields) {
                if ((f.access & Opcodes.ACC_STATIC) != 0) staticField(new ClassPool.FieldRef(c, f));
            }
        }
        for (Map.Entry<String, ClassPool.FieldRef> e : statics.entrySet()) {
            Label l = asm.label("s:" + e.getKey());
            asm.bind(l);
            Object init = e.getValue().field().value; // ConstantValue attribute of a static final
            if (init instanceof String s) asm.dword(string(s), 0);
            else if (init instanceof Number n) asm.dword(n.longValue());
            else asm.dword(0);
            symbol(e.getKey().replace('/', '.'), l, false);
        }
    }

    /** String literals: a String object (layout of the runtime's String class) and its char[] value. */
    private void emitStrings() {
        Layout.ClassInfo string = layout.info("java/lang/String");
        int valueOffset = string.fieldOffset("value"), hashOffset = string.fieldOffset("hash");
        List<Map.Entry<String, Label>> all = new ArrayList<>(strings.entrySet());
        for (Map.Entry<String, Label> e : all) {
            String s = e.getKey();
            Label chars = asm.newLabel(null);
            asm.align(8);
            asm.bind(e.getValue());
            long[] words = new long[string.instanceSize / 8];
            for (int k = 0; k < words.length; k++) {
                if (k == 0) asm.dword(descriptor("java/lang/String"), 0);
                else if (8 * k == valueOffset) asm.dword(chars, 0);
                else if (8 * k == hashOffset) asm.dword(s.hashCode());
                else asm.dword(0);
            }
            asm.bind(chars);
            asm.dword(descriptor("[C"), 0);
            asm.dword(s.length());
            for (int k = 0; k < s.length(); k++) asm.half(s.charAt(k));
        }
        if (strings.size() != all.size()) throw new IllegalStateException("string constants created while emitting strings");
    }

    private byte[] writeElf(byte[] image, int dataStart) {
        byte[] text = java.util.Arrays.copyOfRange(image, 0, dataStart);
        byte[] data = java.util.Arrays.copyOfRange(image, dataStart, image.length);
        long dataAddr = base + dataStart;
        ElfWriter w = new ElfWriter().entry(base);
        int t = w.addSegment(new ElfWriter.Segment(".text", base, base, text, text.length,
            ElfWriter.PF_R | ElfWriter.PF_X));
        // the user heap is the segment's zero-filled tail, so the kernel maps (and zeroes) it with the data
        long dataMemory = data.length + (user() ? MemoryMap.USER_HEAP_SIZE : 0);
        int d = w.addSegment(new ElfWriter.Segment(".data", dataAddr, dataAddr, data, dataMemory,
            ElfWriter.PF_R | ElfWriter.PF_W));
        for (SymbolInfo s : symbols) {
            w.addSymbol(new ElfWriter.Symbol(s.name(), s.address(), s.size(), s.function(), s.address() >= dataAddr ? d : t));
        }
        return w.write();
    }

    private List<ListingLine> buildListing(byte[] image, int dataStart) {
        List<ListingLine> out = new ArrayList<>();
        for (Assembler.Instruction i : asm.instructions()) {
            if (i.offset() >= dataStart) continue;
            int word = (image[i.offset()] & 0xff) | (image[i.offset() + 1] & 0xff) << 8
                | (image[i.offset() + 2] & 0xff) << 16 | (image[i.offset() + 3] & 0xff) << 24;
            long pc = base + i.offset();
            SourceTag tag = i.tag() instanceof SourceTag st ? st : null;
            out.add(new ListingLine(tag == null ? null : tag.file(), tag == null ? 0 : tag.line(),
                tag == null ? "runtime" : tag.method(), pc, word, Disassembler.disassemble(word, pc)));
        }
        return out;
    }

    public byte[] elf() { return elf; }
    public List<ListingLine> listing() { return listing; }

    /** The optimised IR of every compiled method, in image order. */
    public List<IrMethod> compiledIr() {
        return List.copyOf(compiledIr);
    }
    public List<SymbolInfo> symbols() { return symbols; }

    // used by Runtime and Descriptors
    Label faultMethod(String name, String desc) {
        ClassNode f = pool.get("org/mkplay/rt/Fault");
        return method(new ClassPool.MethodRef(f, ClassPool.declared(f, name, desc)));
    }
}
