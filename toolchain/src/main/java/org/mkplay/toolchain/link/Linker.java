package org.mkplay.toolchain.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.mkplay.toolchain.asm.Assembler;
import org.mkplay.toolchain.asm.Label;
import org.mkplay.toolchain.front.ClassPool;
import org.mkplay.toolchain.front.Profile;
import org.mkplay.toolchain.front.Reachability;
import org.mkplay.toolchain.layout.Layout;
import org.mkplay.toolchain.layout.LinkLabels;
import org.mkplay.toolchain.layout.Symbols;
import org.mkplay.toolchain.layout.Unwind;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;

/**
 * Lays out the whole image in one assembler buffer and gives every label its address: the text segment
 * holds the assembly routines ({@link AssemblyRoutines}, {@link TrapGlue}, class initialisers), then each
 * compiled method where {@link #placeMethod} puts it; from the next 4 KiB page, the data segment holds class
 * descriptors, itables, strings and static fields. {@link #finish} resolves every reference and returns the
 * {@link LinkedImage} with a symbol per method, routine and data object. The code generator reaches the
 * labels through {@link Symbols}; the driver (org.mkplay.toolchain.Compiler) calls it for each method.
 */
public final class Linker implements Symbols {
    private final ClassPool pool;
    private final Reachability reach;
    private final Layout layout;
    private final Assembler asm;
    private final Map<String, Label> strings = new LinkedHashMap<>();
    private final Map<String, Label> descriptors = new LinkedHashMap<>();
    private final Map<String, ClassPool.FieldRef> statics = new LinkedHashMap<>();
    private final Map<String, DescriptorTable> descriptorTables = new LinkedHashMap<>();
    private final List<PendingSymbol> pendingSymbols = new ArrayList<>();
    private final GcOptions gc;
    private final UnwindTables unwind = new UnwindTables();
    private int dataStart = -1;

    /** multianewarray's table for arrayDesc: dims descriptors, of the type with k leading '[' removed at k. */
    private record DescriptorTable(Label label, String arrayDesc, int dims) {}

    /** A symbol whose address is known once the image is finished: it spans [start, endOffset). */
    private record PendingSymbol(String name, Label start, int endOffset, boolean function) {}

    public Linker(ClassPool pool, Reachability reach) {
        this(pool, reach, GcOptions.DEFAULT);
    }

    public Linker(ClassPool pool, Reachability reach, GcOptions gc) {
        this(pool, reach, gc, 0);
    }

    /**
     * kernelBase: 0, or where a user-profile program placed in the kernel is linked (in the kernel-server window);
     * its runtime then enters the kernel by a jump to the trap vector (AssemblyRoutines.enterKernel).
     */
    public Linker(ClassPool pool, Reachability reach, GcOptions gc, long kernelBase) {
        this.pool = pool;
        this.reach = reach;
        this.gc = gc;
        this.kernelBase = kernelBase;
        this.layout = new Layout(pool, reach);
        this.asm = new Assembler(kernelBase != 0 ? kernelBase : MemoryMap.base(reach.profile()));
    }

    private final long kernelBase;

    /** The user profile's image: linked at USER_BASE (or in the kernel), its runtime reaching the kernel by ecall. */
    boolean user() {
        return reach.profile() == Profile.USER;
    }

    /** A user-profile program placed in the kernel: it runs in S-mode and enters the kernel without a trap. */
    @Override
    public boolean inKernel() {
        return kernelBase != 0;
    }

    /** Standalone and user images have a garbage collector (org.mkplay.rt.Gc); the kernel's heap only grows. */
    boolean collected() {
        return reach.profile() != Profile.KERNEL;
    }

    GcOptions gcOptions() {
        return gc;
    }

    @Override
    public Assembler asm() {
        return asm;
    }

    @Override
    public ClassPool pool() {
        return pool;
    }

    @Override
    public Layout layout() {
        return layout;
    }

    @Override
    public Reachability reach() {
        return reach;
    }

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

    /**
     * The statics laid out before any method is compiled: every static of a class the program uses, references
     * first, 8 bytes each from the label {@link #STATICS}, in the class pool's order (keys to offsets). Code may
     * reach several of them from one base register ({@code codegen.StaticBase}). A static first met later (none
     * is expected: reachability names the used classes first) goes outside this block, which never moves.
     */
    private Map<String, Integer> frozen;

    private final Map<String, ClassPool.FieldRef> frozenFields = new LinkedHashMap<>();

    private static final String STATICS = LinkLabels.STATICS;

    @Override
    public int staticOffset(ClassPool.FieldRef f) {
        if (frozen == null) freezeStatics();
        Integer offset = frozen.get(f.owner().name + "." + f.field().name);
        return offset == null ? -1 : offset;
    }

    private void freezeStatics() {
        frozen = new LinkedHashMap<>();
        for (boolean refs : new boolean[] {true, false}) {
            for (ClassNode c : pool.all()) {
                if (!reach.usedClasses().contains(c.name)) continue;
                for (FieldNode f : c.fields) {
                    if ((f.access & Opcodes.ACC_STATIC) == 0 || Layout.isReference(f.desc) != refs) continue;
                    String key = c.name + "." + f.name;
                    frozen.put(key, 8 * frozen.size());
                    frozenFields.put(key, new ClassPool.FieldRef(c, f));
                }
            }
        }
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
        DescriptorTable t =
                descriptorTables.computeIfAbsent(key, k -> new DescriptorTable(asm.newLabel("dt"), arrayDesc, dims));
        for (int k = 0; k < dims; k++) descriptor(arrayDesc.substring(k));
        return t.label();
    }

    @Override
    public Label routine(String name) {
        return asm.label(name);
    }

    @Override
    public void callSite(Unwind.CallSite site) {
        unwind.callSite(this, site);
    }

    @Override
    public void frame(Unwind.Frame frame) {
        unwind.frame(frame);
    }

    // ---- the image ----

    /**
     * Starts the text segment: _start (which calls main), the assembly routines, the trap glue when the
     * program has a trap handler, and each class's initialiser routine. Every class and array type in use
     * gets its descriptor label first, so the data segment lists them in this order.
     */
    public void beginText(ClassPool.MethodRef main) {
        asm.bind(asm.label(LinkLabels.TEXT_START));
        for (String arr : reach.arrayTypes()) descriptor(arr);
        for (Layout.ClassInfo ci : layout.classes()) descriptor(ci.name());
        AssemblyRoutines.emitStart(this, main);
        AssemblyRoutines.emitRoutines(this);
        UnwindTables.emitRoutines(this);
        if (reach.trapHandler() != null) TrapGlue.emit(this, reach.trapHandler(), reach.syscallHandler());
        for (Layout.ClassInfo ci : layout.classes()) {
            if (ci.needsInit) AssemblyRoutines.emitInitRoutine(this, ci);
        }
    }

    /** Places method m next in the text: binds its label and symbol around the code that {@code emit} writes. */
    public void placeMethod(ClassPool.MethodRef m, Consumer<Assembler> emit) {
        Label start = method(m);
        asm.align(4);
        asm.bind(start);
        emit.accept(asm);
        symbol(m.owner().name.replace('/', '.') + "." + m.method().name + m.method().desc, start, true);
    }

    /** Ends the text at a page boundary, lays out the data segment and resolves every label and symbol. */
    public LinkedImage finish() {
        asm.setTag(null);
        asm.align(4096);
        dataStart = asm.position();
        asm.bind(asm.label(LinkLabels.TEXT_END));
        asm.bind(asm.label(LinkLabels.DATA_START));
        emitData();
        asm.align(8);
        asm.bind(asm.label(LinkLabels.END));
        byte[] image = asm.finish();
        // the user heap is the data segment's zero-filled tail, so the kernel maps (and zeroes) it with the data
        long heapTail = user() ? userHeapSize() : 0;
        if (!user()
                && gc.heapBytes() > 0
                && asm.address(asm.label(LinkLabels.END)) + gc.heapBytes() > MemoryMap.HEAP_LIMIT) {
            throw new IllegalArgumentException("a heap of " + gc.heapBytes() + " bytes does not fit below the stack");
        }
        return new LinkedImage(
                image, asm.base(), dataStart, heapTail, resolveSymbols(), List.copyOf(asm.instructions()));
    }

    void symbol(String name, Label start, boolean function) {
        pendingSymbols.add(new PendingSymbol(name, start, asm.position(), function));
    }

    private List<SymbolInfo> resolveSymbols() {
        List<SymbolInfo> symbols = new ArrayList<>();
        for (PendingSymbol s : pendingSymbols) {
            symbols.add(new SymbolInfo(
                    s.name(), asm.address(s.start()), s.endOffset() - s.start().offset(), s.function()));
        }
        return symbols;
    }

    private long userHeapSize() {
        return gc.heapBytes() > 0 ? gc.heapBytes() : MemoryMap.USER_HEAP_SIZE;
    }

    private void emitData() {
        emitGcInfo();
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
        unwind.emitData(this); // before the descriptors and strings it names
        asm.bind(asm.label("gc_descriptors"));
        Descriptors.emit(this, descriptors);
        asm.bind(asm.label("gc_descriptors_end"));
        for (DescriptorTable t : descriptorTables.values()) {
            asm.align(8);
            asm.bind(t.label());
            for (int k = 0; k < t.dims(); k++)
                asm.dword(descriptor(t.arrayDesc().substring(k)), 0);
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
        // reference statics first, between gc_roots and gc_roots_end: the collector's precise roots; the block laid
        // out in advance (its references, then the rest) in the middle, so that statics met late move nothing in it
        if (frozen == null) freezeStatics();
        List<Map.Entry<String, ClassPool.FieldRef>> ordered = new ArrayList<>();
        for (Map.Entry<String, ClassPool.FieldRef> e : statics.entrySet()) {
            if (!frozen.containsKey(e.getKey())
                    && Layout.isReference(e.getValue().field().desc)) ordered.add(e);
        }
        int first = ordered.size();
        ordered.addAll(frozenFields.entrySet());
        for (Map.Entry<String, ClassPool.FieldRef> e : statics.entrySet()) {
            if (!frozen.containsKey(e.getKey())
                    && !Layout.isReference(e.getValue().field().desc)) ordered.add(e);
        }
        asm.bind(asm.label("gc_roots"));
        for (int k = 0; k < ordered.size(); k++) {
            Map.Entry<String, ClassPool.FieldRef> e = ordered.get(k);
            if (k == first) asm.bind(asm.label(STATICS));
            if (!Layout.isReference(e.getValue().field().desc)
                    && !asm.label("gc_roots_end").isBound()) asm.bind(asm.label("gc_roots_end"));
            Label l = asm.label("s:" + e.getKey());
            asm.bind(l);
            Object init = e.getValue().field().value; // ConstantValue attribute of a static final
            if (init instanceof String s) asm.dword(string(s), 0);
            else if (init instanceof Number n) asm.dword(n.longValue());
            else asm.dword(0);
            symbol(e.getKey().replace('/', '.'), l, false);
        }
        if (!asm.label(STATICS).isBound()) asm.bind(asm.label(STATICS));
        if (!asm.label("gc_roots_end").isBound()) asm.bind(asm.label("gc_roots_end"));
    }

    /**
     * The words the allocator and the collector share (org.mkplay.rt.Gc names the same offsets), at the label
     * heap_ptr: +0 heap_ptr and +8 heap_end, the span the fast path of rt_alloc bumps in (the first span
     * {@link #firstSpan} from _end, or 0 and 0 until the collector's first slow path; the kernel's: _end and
     * HEAP_LIMIT, never refilled), +16 the heap's start
     * (_end), +24 its limit (heap_limit), +32 the stack's top (written by _start), +40/+48 the descriptors'
     * bounds, +56/+64 the reference statics' bounds, +72 the heap checker's flag, +80 the stress interval,
     * +88 whether the collector may read instret (M-mode only) to count its own instructions.
     */
    private void emitGcInfo() {
        Label ptr = asm.label("heap_ptr");
        asm.bind(ptr);
        boolean kernel = !collected();
        long firstSpan = firstSpan();
        if (kernel || firstSpan > 0) asm.dword(asm.label(LinkLabels.END), 0);
        else asm.dword(0);
        if (firstSpan > 0) asm.dword(asm.label(LinkLabels.END), firstSpan);
        else asm.dword(kernel ? MemoryMap.HEAP_LIMIT : 0);
        asm.dword(asm.label(LinkLabels.END), 0);
        Label limit = asm.label("heap_limit");
        asm.bind(limit);
        if (user()) asm.dword(asm.label(LinkLabels.END), userHeapSize());
        else if (gc.heapBytes() > 0) asm.dword(asm.label(LinkLabels.END), gc.heapBytes());
        else asm.dword(MemoryMap.HEAP_LIMIT);
        asm.dword(0);
        asm.dword(asm.label("gc_descriptors"), 0);
        asm.dword(asm.label("gc_descriptors_end"), 0);
        asm.dword(asm.label("gc_roots"), 0);
        asm.dword(asm.label("gc_roots_end"), 0);
        asm.dword(gc.checkHeap() ? 1 : 0);
        asm.dword(gc.collectEvery());
        asm.dword(reach.profile() == Profile.STANDALONE ? 1 : 0);
        symbol("heap_ptr", ptr, false);
        symbol("heap_limit", limit, false);
    }

    /**
     * Bytes of the first span, cut at link time from the heap's start so that a program whose allocations fit in
     * it never takes the slow path (org.mkplay.rt.Gc.init lists the rest of the heap at the first slow path): at
     * most Gc's CHUNK, which bounds the walk from a recorded block start. None in stress mode (heap_end stays 0
     * there so that every allocation takes the slow path), nor in a heap too small to hold it beside the
     * collector's metadata (about 3/64 of the heap).
     */
    private long firstSpan() {
        if (!collected() || gc.collectEvery() > 0) return 0;
        long heap = user() ? userHeapSize() : gc.heapBytes() > 0 ? gc.heapBytes() : MemoryMap.HEAP_LIMIT;
        return heap >= FIRST_SPAN_MIN_HEAP ? FIRST_SPAN : 0;
    }

    /** org.mkplay.rt.Gc's CHUNK; a heap of 64 KiB keeps more than 4 KiB listed after its metadata. */
    private static final long FIRST_SPAN = 4096, FIRST_SPAN_MIN_HEAP = 64 * 1024;

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
        if (strings.size() != all.size())
            throw new IllegalStateException("string constants created while emitting strings");
    }

    /** org.mkplay.rt.Gc.alloc(size, sp), the allocator's slow path (collected profiles). */
    Label gcAlloc() {
        ClassNode gc = pool.get("org/mkplay/rt/Gc");
        return method(new ClassPool.MethodRef(gc, ClassPool.declared(gc, "alloc", "(JJ)J")));
    }

    // used by AssemblyRoutines and Descriptors
    Label faultMethod(String name, String desc) {
        ClassNode f = pool.get("org/mkplay/rt/Fault");
        return method(new ClassPool.MethodRef(f, ClassPool.declared(f, name, desc)));
    }
}
