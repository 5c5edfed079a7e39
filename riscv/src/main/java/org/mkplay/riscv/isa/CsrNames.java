package org.mkplay.riscv.isa;

/**
 * The names GNU objdump (binutils 2.40, privileged spec 1.12) prints for CSR numbers; numbers
 * it does not know print as hex. Numbered families (pmpaddr0..63, mhpmcounter3..31, ...) are
 * ranges; everything else is listed once.
 */
final class CsrNames {
    private CsrNames() {}

    /** Families: {first number, count, first index, has "h" suffix (1/0)}, names built from PREFIXES. */
    private static final int[][] FAMILIES = {
        {0x323, 29, 3, 0}, {0x723, 29, 3, 1}, {0x3a0, 16, 0, 0}, {0x3b0, 64, 0, 0},
        {0xb03, 29, 3, 0}, {0xb83, 29, 3, 1}, {0xc03, 29, 3, 0}, {0xc83, 29, 3, 1},
    };

    private static final String[] PREFIXES = {
        "mhpmevent", "mhpmevent", "pmpcfg", "pmpaddr",
        "mhpmcounter", "mhpmcounter", "hpmcounter", "hpmcounter",
    };

    /** Single CSRs as "hex=name" pairs, in number order. */
    private static final String SINGLES = "001=fflags 002=frm 003=fcsr 008=vstart 009=vxsat 00a=vxrm 00f=vcsr 015=seed "
            + "100=sstatus 104=sie 105=stvec 106=scounteren 10a=senvcfg 10c=sstateen0 10d=sstateen1 "
            + "10e=sstateen2 10f=sstateen3 114=sieh 140=sscratch 141=sepc 142=scause 143=stval 144=sip "
            + "14d=stimecmp 150=siselect 151=sireg 154=siph 15c=stopei 15d=stimecmph 180=satp "
            + "200=vsstatus 204=vsie 205=vstvec 214=vsieh 240=vsscratch 241=vsepc 242=vscause 243=vstval "
            + "244=vsip 24d=vstimecmp 250=vsiselect 251=vsireg 254=vsiph 25c=vstopei 25d=vstimecmph 280=vsatp "
            + "300=mstatus 301=misa 302=medeleg 303=mideleg 304=mie 305=mtvec 306=mcounteren 308=mvien "
            + "309=mvip 30a=menvcfg 30c=mstateen0 30d=mstateen1 30e=mstateen2 30f=mstateen3 310=mstatush "
            + "313=midelegh 314=mieh 318=mvienh 319=mviph 31a=menvcfgh 31c=mstateen0h 31d=mstateen1h "
            + "31e=mstateen2h 31f=mstateen3h 320=mcountinhibit 340=mscratch 341=mepc 342=mcause 343=mtval "
            + "344=mip 34a=mtinst 34b=mtval2 350=miselect 351=mireg 354=miph 35c=mtopei 5a8=scontext "
            + "600=hstatus 602=hedeleg 603=hideleg 604=hie 605=htimedelta 606=hcounteren 607=hgeie 608=hvien "
            + "609=hvictl 60a=henvcfg 60c=hstateen0 60d=hstateen1 60e=hstateen2 60f=hstateen3 613=hidelegh "
            + "615=htimedeltah 618=hvienh 61a=henvcfgh 61c=hstateen0h 61d=hstateen1h 61e=hstateen2h "
            + "61f=hstateen3h 643=htval 644=hip 645=hvip 646=hviprio1 647=hviprio2 64a=htinst 655=hviph "
            + "656=hviprio1h 657=hviprio2h 680=hgatp 6a8=hcontext 747=mseccfg 757=mseccfgh 7a0=tselect "
            + "7a1=tdata1 7a2=tdata2 7a3=tdata3 7a4=tinfo 7a5=tcontrol 7a8=mcontext 7aa=mscontext 7b0=dcsr "
            + "7b1=dpc 7b2=dscratch0 7b3=dscratch1 b00=mcycle b02=minstret b80=mcycleh b82=minstreth "
            + "c00=cycle c01=time c02=instret c20=vl c21=vtype c22=vlenb c80=cycleh c81=timeh c82=instreth "
            + "da0=scountovf db0=stopi e12=hgeip eb0=vstopi f11=mvendorid f12=marchid f13=mimpid "
            + "f14=mhartid f15=mconfigptr fb0=mtopi";

    /** Index = CSR number (0..4095); null where objdump knows no name. Built once. */
    private static final String[] NAMES = buildTable();

    private static String[] buildTable() {
        String[] names = new String[4096];
        for (int f = 0; f < FAMILIES.length; f++) {
            int[] family = FAMILIES[f];
            for (int i = 0; i < family[1]; i++) {
                names[family[0] + i] = PREFIXES[f] + (family[2] + i) + (family[3] == 1 ? "h" : "");
            }
        }
        for (String pair : SINGLES.split(" ")) {
            int equals = pair.indexOf('=');
            names[Integer.parseInt(pair.substring(0, equals), 16)] = pair.substring(equals + 1);
        }
        return names;
    }

    /** objdump's name for CSR {@code number} (0..4095), or "0x..." when it has none. */
    static String name(int number) {
        String name = NAMES[number & 0xFFF];
        return name != null ? name : "0x" + Integer.toHexString(number & 0xFFF);
    }
}
