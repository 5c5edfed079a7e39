package org.mkplay.emulator;

import static org.mkplay.riscv.board.Virt.*;

import java.io.ByteArrayOutputStream;
import org.mkplay.emulator.bus.Bus;
import org.mkplay.emulator.bus.Ram;
import org.mkplay.emulator.cpu.Hart;
import org.mkplay.emulator.devices.ByteSink;
import org.mkplay.emulator.devices.Clint;
import org.mkplay.emulator.devices.Plic;
import org.mkplay.emulator.devices.SifiveFinisher;
import org.mkplay.emulator.devices.TraceDevice;
import org.mkplay.emulator.devices.TraceListener;
import org.mkplay.emulator.devices.Uart16550;
import org.mkplay.emulator.devices.VirtioBlock;
import org.mkplay.emulator.loader.ElfException;
import org.mkplay.emulator.loader.ElfImage;
import org.mkplay.emulator.loader.ElfLoader;
import org.mkplay.riscv.board.Virt;

/**
 * The QEMU {@code virt} board with one RV64IMAC hart: RAM, CLINT, PLIC, a 16550 UART, the SiFive test
 * finisher, our trace device and (with a disk) a virtio block device, where {@link Virt} places them.
 *
 * <p>Deterministic: devices are ticked and interrupts sampled only at slice boundaries that depend
 * on the retired-instruction count and on what the guest does, never on the host clock; time while
 * the hart sleeps in {@code wfi} is skipped to the next timer deadline.
 */
public final class Machine {
    /** Devices are ticked at least this often (in retired instructions). */
    static final long MAX_SLICE = 1 << 16;

    private final MachineConfig config;
    private final Counters counters = new Counters();
    private Bus bus;
    private Hart hart;
    private Clint clint;
    private Uart16550 uart;
    private ByteSink output = octet -> {};
    private TraceListener traceListener = (type, a0, a1, a2, a3) -> {};
    private ElfImage image;
    private boolean halted;
    /** True from {@link #build} until the first {@link #run}: {@link #load} can use the board as it is. */
    private boolean pristine;

    private int exitStatus;
    /** Instruction-times spent asleep in wfi; mtime counts them as if instructions had retired. */
    private long idleTime;

    public Machine(MachineConfig config) {
        this.config = config;
        build();
    }

    public Machine() {
        this(new MachineConfig());
    }

    private void build() {
        Ram ram = new Ram((long) config.ramMiB() << 20);
        bus = new Bus(RAM_BASE, ram);
        counters.clear();
        hart = new Hart(bus, counters);
        hart.useBlockEngine(config.blockEngine());
        hart.setBlockTranslator(config.blockTranslator(), config.translateAfter());
        idleTime = 0;
        pristine = true;
        halted = false;
        exitStatus = 0;
        clint = new Clint(hart, () -> hart.instructionsRetired() + idleTime);
        hart.setTimeSource(clint::mtime);
        hart.setSupervisorTimer(clint::setSupervisorCompare);
        Plic plic = new Plic(hart);
        uart = new Uart16550(plic.line(UART_IRQ));
        uart.setOutput(octet -> output.put(octet));
        bus.map(FINISHER_BASE, FINISHER_SIZE, new SifiveFinisher(this::finish));
        if (config.traceWindow()) {
            bus.map(TRACE_BASE, TRACE_SIZE, new TraceDevice((t, a, b, c, d) -> traceListener.event(t, a, b, c, d)));
        }
        bus.map(CLINT_BASE, CLINT_SIZE, clint);
        bus.map(PLIC_BASE, PLIC_SIZE, plic);
        bus.map(UART_BASE, UART_SIZE, uart);
        if (config.disk() != null) {
            bus.map(VIRTIO_BASE, VIRTIO_SIZE, new VirtioBlock(plic.line(VIRTIO_IRQ), bus, config.disk()));
        }
    }

    /**
     * Loads an ELF executable into RAM and points the hart at its entry in M-mode (a0 = hart id 0).
     * On a machine that has already run, the image starts on a fresh board (RAM, hart, devices, counters).
     * If the image defines {@code tohost}, a store of an odd value there ends the run with status value>>1
     * (riscv-tests host protocol).
     */
    public void load(byte[] elf) throws ElfException {
        ElfImage parsed = ElfLoader.parse(elf);
        for (ElfImage.Segment segment : parsed.segments()) {
            if (!bus.isRam(segment.physicalAddress, segment.memorySize)) {
                throw new ElfException(String.format(
                        "segment at 0x%x (%d bytes) lies outside RAM [0x%x, 0x%x)",
                        segment.physicalAddress,
                        segment.memorySize,
                        RAM_BASE,
                        RAM_BASE + bus.ram().size()));
            }
        }
        image = parsed;
        if (!pristine) {
            build(); // a machine that has run boots the image on a fresh board, as reset() would
        }
        start();
    }

    private void start() {
        for (ElfImage.Segment segment : image.segments()) {
            long offset = segment.physicalAddress - RAM_BASE;
            for (long i = 0; i < segment.memorySize; i++) {
                bus.ram().writeByte(offset + i, i < segment.data.length ? segment.data[(int) i] : 0);
            }
        }
        hart.setPc(image.entry());
        hart.setRegister(10, 0);
        long tohost = image.symbol("tohost");
        if (tohost >= 0) {
            hart.watchStores(tohost, value -> {
                if ((value & 1) != 0) {
                    finish((int) (value >>> 1));
                }
            });
        }
    }

    /** Back to the state right after the last {@link #load}: fresh RAM, devices and counters. */
    public void reset() {
        build();
        if (image != null) {
            start();
        }
    }

    /**
     * Runs until {@code maxInstructions} instructions have retired or traps have been taken (each
     * trap counts as one), the machine halts, or the hart sleeps in {@code wfi} with no timer armed
     * (then {@link #waiting()} is true: only input can wake it). Returns the number of instructions retired.
     */
    public long run(long maxInstructions) {
        pristine = false;
        long done = 0;
        long work = 0; // retired instructions plus traps taken: a guest that only traps still ends the run
        while (work < maxInstructions && !halted) {
            bus.tickDevices();
            if (hart.waitingForInterrupt() && !skipIdleTime()) {
                break;
            }
            long untilTimer = clint.instructionsUntilTimerInterrupt();
            long slice = Math.min(maxInstructions - work, MAX_SLICE);
            if (untilTimer > 0) {
                slice = Math.min(slice, untilTimer);
            }
            long traps = counters.trapsTotal();
            long retired = hart.execute(slice);
            done += retired;
            work += retired + counters.trapsTotal() - traps;
        }
        return done;
    }

    /**
     * Runs the loaded image until it powers off, sleeps with nothing but input to wake it, or retires {@code budget}
     * instructions (see {@link #run}), collecting what it writes to the UART (which still reaches the sink set by
     * {@link #setOutput}). The one way the tests, the benchmarks and the command line boot an image to its end.
     */
    public Transcript runToEnd(long budget) {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        ByteSink sink = output;
        output = octet -> {
            console.write(octet);
            sink.put(octet);
        };
        try {
            long retired = run(budget);
            Transcript.Ending ending = halted
                    ? Transcript.Ending.HALTED
                    : waiting() ? Transcript.Ending.WAITING : Transcript.Ending.BUDGET;
            return new Transcript(console.toByteArray(), exitStatus, retired, ending);
        } finally {
            output = sink;
        }
    }

    /** Advances time to the next timer deadline while the hart sleeps; false if no timer can wake it. */
    private boolean skipIdleTime() {
        long untilTimer = clint.instructionsUntilTimerInterrupt();
        if (untilTimer == Clint.NEVER || untilTimer == 0) {
            return false;
        }
        idleTime += untilTimer;
        clint.tick();
        return !hart.waitingForInterrupt();
    }

    private void finish(int status) {
        if (!halted) {
            halted = true;
            exitStatus = status;
            hart.requestStop();
        }
    }

    public boolean halted() {
        return halted;
    }

    public int exitStatus() {
        return exitStatus;
    }

    /** True while the hart sleeps in wfi and nothing but host input can wake it. */
    public boolean waiting() {
        return !halted && hart.waitingForInterrupt();
    }

    /** The UART of the current board (a new one after {@link #reset}). */
    public Uart16550 uart() {
        return uart;
    }

    /** Where UART output goes; kept across {@link #reset}. */
    public void setOutput(ByteSink sink) {
        this.output = sink;
    }

    public void setTraceListener(TraceListener listener) {
        this.traceListener = listener;
    }

    public Counters counters() {
        return counters;
    }

    public Hart hart() {
        return hart;
    }

    public Bus bus() {
        return bus;
    }

    /** The loaded image (entry, symbols), or null before {@link #load}. */
    public ElfImage image() {
        return image;
    }
}
