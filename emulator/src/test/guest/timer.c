/* Timer and software interrupts through the CLINT: mtime advances, MTIP follows mtimecmp, interrupts
   arrive through a vectored mtvec in M-mode (also waking wfi) and preempt U-mode code, the M timer is
   forwarded to S as STIP the way an SBI does it, and MSI is taken before MTI. Only counts and causes are
   printed: how many instructions run between ticks depends on the clock (QEMU's follows the host). */
#include "modes.h"
#include "runtime.h"

#define INTERRUPT 0x8000000000000000ULL
#define IRQ_S_TIMER 5
#define IRQ_M_SOFTWARE 3
#define IRQ_M_TIMER 7
#define MIP_STIP (1ULL << IRQ_S_TIMER)
#define MIE_MSIE (1ULL << IRQ_M_SOFTWARE)
#define MIE_MTIE (1ULL << IRQ_M_TIMER)
#define MSTATUS_MIE (1ULL << 3)
#define MSTATUS_SIE (1ULL << 1)
#define CLINT_MSIP CLINT_BASE
#define TICK 2000 /* mtime units between timer interrupts */
#define TICKS 5
#define SET_TIMER 0x54494d45 /* a7 of the S-mode ecall asking M for the next tick, as an SBI would */

extern char timer_vector_table[];
volatile uint64_t vectored_timer_hits;
static volatile uint64_t machine_ticks, supervisor_ticks, forward_to_supervisor;
/* the handlers arm no tick past this many, so none can arrive while a section winds down */
static volatile uint64_t ticks_wanted;

static volatile uint64_t *const mtimecmp = (volatile uint64_t *) CLINT_MTIMECMP;
static volatile uint64_t *const mtime = (volatile uint64_t *) CLINT_MTIME;

static void arm_timer(void) {
    *mtimecmp = *mtime + TICK;
}

static void arm_next_tick(void) {
    if (machine_ticks < ticks_wanted) {
        arm_timer();
    } else {
        *mtimecmp = ~0ULL;
    }
}

static void print_interrupt(const char *who, uint64_t cause, uint64_t previous_mode) {
    print(who);
    print(" interrupt ");
    print_dec((int64_t) (cause & ~INTERRUPT));
    print(previous_mode == 3 ? " from M\n" : previous_mode == 1 ? " from S\n" : " from U\n");
}

void machine_trap(struct trap_frame *frame) {
    uint64_t previous_mode = (frame->status >> 11) & 3;
    if (frame->cause == (INTERRUPT | IRQ_M_TIMER)) {
        print_interrupt("M", frame->cause, previous_mode);
        machine_ticks++;
        if (forward_to_supervisor) {
            *mtimecmp = ~0ULL;
            csr_set(mip, MIP_STIP);
        } else {
            arm_next_tick();
        }
    } else if (frame->cause == (INTERRUPT | IRQ_M_SOFTWARE)) {
        print_interrupt("M", frame->cause, previous_mode);
        *(volatile uint32_t *) CLINT_MSIP = 0;
    } else if (frame->cause == 9 && frame->x[REG_A7] == SET_TIMER) {
        csr_clear(mip, MIP_STIP);
        arm_next_tick();
        frame->epc += 4;
    } else {
        print_trap_frame("unexpected M", frame, previous_mode);
        exit(3);
    }
}

void supervisor_trap(struct trap_frame *frame) {
    if (frame->cause != (INTERRUPT | IRQ_S_TIMER)) {
        print_trap_frame("unexpected S", frame, (frame->status >> 8) & 1);
        exit(4);
    }
    print_interrupt("S", frame->cause, (frame->status >> 8) & 1);
    supervisor_ticks++;
    __asm__ volatile("li a7, %0\n ecall" : : "i"(SET_TIMER) : "a7", "memory");
}

static void time_advances(void) {
    uint64_t before = *mtime;
    for (volatile int i = 0; i < 1000; i++) {
    }
    check(*mtime > before, "mtime advances");
    check(csr_read(time) >= before, "the time CSR reads mtime");
    /* far enough ahead (a second of QEMU's clock) that a host hiccup cannot make this reading racy */
    *mtimecmp = *mtime + 10000000;
    print_field("MTIP right after arming ", csr_read(mip) & MIE_MTIE);
    *mtimecmp = *mtime + TICK;
    /* QEMU raises MTIP from a host timer, a little after mtime passes: wait for the bit itself */
    while ((csr_read(mip) & MIE_MTIE) == 0) {
    }
    check(*mtime >= *mtimecmp, "MTIP rises only once mtime reaches mtimecmp");
    println("MTIP rose");
    *mtimecmp = ~0ULL;
    print_field("MTIP after mtimecmp = ~0 ", csr_read(mip) & MIE_MTIE);
}

static void ticks_in_machine_mode(void) {
    println("-- M-mode waits in wfi for each tick");
    machine_ticks = 0;
    ticks_wanted = TICKS;
    arm_timer();
    csr_write(mie, MIE_MTIE);
    csr_set(mstatus, MSTATUS_MIE);
    while (machine_ticks < TICKS) {
        __asm__ volatile("wfi");
    }
    csr_clear(mstatus, MSTATUS_MIE);
    *mtimecmp = ~0ULL;
    print("vectored timer entries ");
    print_dec((int64_t) vectored_timer_hits);
    putchar_uart('\n');
}

static uint64_t spin_until(uint64_t ticks) {
    while (machine_ticks < ticks) {
    }
    return machine_ticks;
}

static void ticks_preempt_user_mode(void) {
    println("-- U-mode spins, M takes the ticks (MIE clear: M interrupts are always on below M)");
    machine_ticks = 0;
    ticks_wanted = TICKS;
    arm_timer();
    print_field("U saw ticks ", run_in_mode(MODE_U, spin_until, TICKS));
    *mtimecmp = ~0ULL;
}

static uint64_t supervisor_spin(uint64_t ticks) {
    csr_set(sie, MIP_STIP);
    csr_set(sstatus, MSTATUS_SIE);
    while (supervisor_ticks < ticks) {
        __asm__ volatile("wfi");
    }
    csr_clear(sstatus, MSTATUS_SIE);
    return supervisor_ticks;
}

static void ticks_forwarded_to_supervisor(void) {
    println("-- M forwards each tick to S as STIP; S asks for the next one with an ecall");
    forward_to_supervisor = 1;
    machine_ticks = 0;
    ticks_wanted = TICKS;
    csr_write(mideleg, MIP_STIP);
    csr_write(mie, MIE_MTIE | MIP_STIP);
    arm_timer();
    print_field("S saw ticks ", run_in_mode(MODE_S, supervisor_spin, TICKS));
    print_field("M saw ticks ", machine_ticks);
    *mtimecmp = ~0ULL;
    csr_write(mie, 0);
    csr_write(mideleg, 0);
    forward_to_supervisor = 0;
}

static void priority(void) {
    println("-- MSI and MTI pending together: MSI first");
    csr_write(mie, MIE_MSIE | MIE_MTIE);
    *(volatile uint32_t *) CLINT_MSIP = 1;
    machine_ticks = 0;
    ticks_wanted = 1;
    *mtimecmp = 0;
    csr_set(mstatus, MSTATUS_MIE);
    while (machine_ticks == 0) {
    }
    csr_clear(mstatus, MSTATUS_MIE);
    *mtimecmp = ~0ULL;
    csr_write(mie, 0);
}

int main(void) {
    println("timer guest");
    modes_init();
    csr_write(mtvec, (uint64_t) timer_vector_table | 1);
    time_advances();
    ticks_in_machine_mode();
    ticks_preempt_user_mode();
    ticks_forwarded_to_supervisor();
    priority();
    return finish();
}
