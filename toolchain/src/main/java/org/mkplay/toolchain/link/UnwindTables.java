package org.mkplay.toolchain.link;

import static org.mkplay.riscv.isa.Reg.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mkplay.riscv.isa.Encoder;
import org.mkplay.toolchain.asm.Assembler;
import org.mkplay.toolchain.asm.Label;
import org.mkplay.toolchain.front.ClassPool;
import org.mkplay.toolchain.layout.LinkLabels;
import org.mkplay.toolchain.layout.Unwind;
import org.objectweb.asm.tree.ClassNode;

/**
 * The tables the runtime's unwinder (org.mkplay.rt.Unwinder) walks the stack with, and the routines that enter
 * and leave it. Everything here is data or code that runs only when an exception is raised: a method pays
 * nothing for being unwindable. Layout (data segment, 8-byte words, both tables in ascending address order):
 * <pre>
 *   unwind_methods: count, then per method:  start, end, frame size, ra offset (-1: in rt_leaf_ra),
 *                   s-register save base, saved mask (bit k: s_k), name string ("Cls.m(File.java:") or 0, flags
 *   unwind_sites:   count, then per call:    return address, line, handler list or 0, inlined frame or 0
 *   a handler list: (landing pad, catch type descriptor or 0 for any) pairs, ended by a 0 pad
 *   an inlined frame (a call or fault inside an inlined body; line is then the inlined call's):
 *                   name string ("Cls.m(File.java:"), line in the inlined method
 *   unwind_regs:    s0..s11 of the frame being unwound;  rt_leaf_ra: one word
 * </pre>
 * <ul>
 * <li>rt_throw(a0 = exception): saves s0..s11 in unwind_regs and jumps to Unwinder.unwind(exception, ra, sp),
 *     the return address and sp of the raising frame. Never returns.</li>
 * <li>rt_resume(a0 = exception, a1 = landing pad, a2 = sp): restores s0..s11 from unwind_regs, sets sp, jumps.</li>
 * <li>rt_sp, rt_ra: the caller's sp and return address (the frame a stack trace starts from).</li>
 * </ul>
 */
final class UnwindTables {
    static final int METHOD_WORDS = 8, SITE_WORDS = 4;

    private final List<Unwind.Frame> frames = new ArrayList<>();
    private final List<Unwind.CallSite> sites = new ArrayList<>();
    private final Map<List<Unwind.Landing>, Label> handlerLists = new LinkedHashMap<>();
    private final Map<Unwind.Inlined, Label> inlinedFrames = new LinkedHashMap<>();

    void frame(Unwind.Frame f) {
        frames.add(f);
    }

    /** Records a call; its catch types get descriptors now, before the data segment is laid out. */
    void callSite(Linker l, Unwind.CallSite site) {
        sites.add(site);
        if (!site.landings().isEmpty()) {
            handlerLists.computeIfAbsent(site.landings(), k -> l.asm().newLabel(null));
            for (Unwind.Landing h : site.landings()) if (h.type() != null) l.descriptor(h.type());
        }
        if (site.inlined() != null) {
            inlinedFrames.computeIfAbsent(site.inlined(), k -> l.asm().newLabel(null));
            l.string(site.inlined().name());
        }
    }

    static void emitRoutines(Linker l) {
        Assembler a = l.asm();
        Label thr = a.label("rt_throw");
        a.bind(thr);
        a.la(T0, a.label(LinkLabels.UNWIND_REGS));
        for (int k = 0; k < 12; k++) a.emit(Encoder.sd(sReg(k), T0, 8L * k));
        a.mv(A1, RA);
        a.mv(A2, SP);
        ClassNode u = l.pool().get("org/mkplay/rt/Unwinder");
        a.j(l.method(new ClassPool.MethodRef(u, ClassPool.declared(u, "unwind", "(Ljava/lang/Throwable;JJ)V"))));
        l.symbol("rt_throw", thr, true);

        Label resume = a.label("rt_resume");
        a.bind(resume);
        a.la(T0, a.label(LinkLabels.UNWIND_REGS));
        for (int k = 0; k < 12; k++) a.emit(Encoder.ld(sReg(k), T0, 8L * k));
        a.mv(SP, A2);
        a.emit(Encoder.jalr(ZERO, A1, 0));
        l.symbol("rt_resume", resume, true);

        Label sp = a.label("rt_sp");
        a.bind(sp);
        a.mv(A0, SP);
        a.ret();
        l.symbol("rt_sp", sp, true);
        Label ra = a.label("rt_ra");
        a.bind(ra);
        a.mv(A0, RA);
        a.ret();
        l.symbol("rt_ra", ra, true);
    }

    static int sReg(int k) {
        return k < 2 ? S0 + k : S2 + k - 2;
    }

    void emitData(Linker l) {
        Assembler a = l.asm();
        a.align(8);
        bind(l, LinkLabels.UNWIND_REGS);
        for (int k = 0; k < 12; k++) a.dword(0);
        bind(l, LinkLabels.LEAF_RA);
        a.dword(0);
        bind(l, LinkLabels.UNWIND_METHODS);
        a.dword(frames.size());
        for (Unwind.Frame f : frames) {
            a.dword(f.start(), 0);
            a.dword(f.end(), 0);
            a.dword(f.frameSize());
            a.dword(f.raOffset());
            a.dword(f.saveBase());
            a.dword(f.savedMask());
            if (f.name() == null) a.dword(0);
            else a.dword(l.string(f.name()), 0);
            a.dword(f.flags());
        }
        bind(l, LinkLabels.UNWIND_SITES);
        a.dword(sites.size());
        for (Unwind.CallSite s : sites) {
            a.dword(s.returnAddress(), 0);
            a.dword(s.line());
            if (s.landings().isEmpty()) a.dword(0);
            else a.dword(handlerLists.get(s.landings()), 0);
            if (s.inlined() == null) a.dword(0);
            else a.dword(inlinedFrames.get(s.inlined()), 0);
        }
        for (Map.Entry<Unwind.Inlined, Label> e : inlinedFrames.entrySet()) {
            a.bind(e.getValue());
            a.dword(l.string(e.getKey().name()), 0);
            a.dword(e.getKey().line());
        }
        for (Map.Entry<List<Unwind.Landing>, Label> e : handlerLists.entrySet()) {
            a.bind(e.getValue());
            for (Unwind.Landing h : e.getKey()) {
                a.dword(h.pad(), 0);
                if (h.type() == null) a.dword(0);
                else a.dword(l.descriptor(h.type()), 0);
            }
            a.dword(0);
        }
    }

    private static void bind(Linker l, String name) {
        Label label = l.asm().label(name);
        l.asm().bind(label);
        l.symbol(name, label, false);
    }
}
