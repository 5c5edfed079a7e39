/* Benchmark workload "sv39-user": an S-mode kernel runs the integer kernel as a U-mode program under Sv39
   and takes frequent traps: the program ecalls after every step (about a thousand instructions), and the
   machine timer ticks every TICK units of mtime (M forwards each tick to S as STIP, S acknowledges it with
   an ecall, as with an SBI). Every trap S handles switches satp between two address spaces (ASIDs 1 and
   2) that map the program identically. The program runs at a user alias of the image, with 4 KiB pages. */
#include "../modes.h"
#include "../paging.h"
#include "../runtime.h"
#include "kernel.h"

#define USER_BASE 0x40000000ULL
#define RAM_BASE 0x80000000ULL
#define YIELD 0x59494c44          /* a7 of the program's per-step ecall */
#define ACKNOWLEDGE_TIMER 0x41434b54 /* a7 of S's ecall to M: clear STIP, arm the next tick */
#define INTERRUPT 0x8000000000000000ULL
#define CAUSE_ECALL_U 8
#define CAUSE_ECALL_S 9
#define IRQ_S_TIMER 5
#define IRQ_M_TIMER 7
#define TICK 1000

extern char _end[], user_entry[];
static uint64_t satp_values[2];
static uint64_t current_space;
static uint64_t yields, supervisor_ticks, machine_ticks;

void kernel_step_done(void) {
    __asm__ volatile("li a7, %0\n ecall" : : "i"(YIELD) : "a7", "memory");
}

uint64_t user_main(uint64_t steps) {
    return kernel_run(steps);
}

static void arm_timer(void) {
    *(volatile uint64_t *) CLINT_MTIMECMP = *(volatile uint64_t *) CLINT_MTIME + TICK;
}

void machine_trap(struct trap_frame *frame) {
    if (frame->cause == (INTERRUPT | IRQ_M_TIMER)) {
        machine_ticks++;
        *(volatile uint64_t *) CLINT_MTIMECMP = ~0ULL;
        csr_set(mip, 1ULL << IRQ_S_TIMER);
    } else if (frame->cause == CAUSE_ECALL_S && frame->x[REG_A7] == ACKNOWLEDGE_TIMER) {
        csr_clear(mip, 1ULL << IRQ_S_TIMER);
        arm_timer();
        frame->epc += 4;
    } else {
        print_trap_frame("unexpected M", frame, (frame->status >> 11) & 3);
        exit(3);
    }
}

static void switch_address_space(void) {
    current_space ^= 1;
    csr_write(satp, satp_values[current_space]);
}

void supervisor_trap(struct trap_frame *frame) {
    if (frame->cause == CAUSE_ECALL_U && frame->x[REG_A7] == YIELD) {
        yields++;
        frame->epc += 4;
    } else if (frame->cause == (INTERRUPT | IRQ_S_TIMER)) {
        supervisor_ticks++;
        __asm__ volatile("li a7, %0\n ecall" : : "i"(ACKNOWLEDGE_TIMER) : "a7", "memory");
    } else {
        print_trap_frame("unexpected S", frame, (frame->status >> 8) & 1);
        exit(4);
    }
    switch_address_space();
}

/* the kernel one to one (global gigapages), the program's alias with 4 KiB user pages (per ASID) */
static uint64_t address_space(uint64_t asid) {
    pte_t *root = paging_new_table();
    paging_map_identity(root);
    uint64_t flags = PTE_R | PTE_W | PTE_X | PTE_U | PTE_A | PTE_D;
    for (uint64_t page = RAM_BASE; page < (uint64_t) _end; page += PAGE_SIZE) {
        paging_map(root, page - RAM_BASE + USER_BASE, page, LEVEL_4K, flags);
    }
    return paging_satp(root, asid);
}

int main(void) {
    println("sv39-user workload");
    modes_init();
    satp_values[0] = address_space(1);
    satp_values[1] = address_space(2);
    csr_write(satp, satp_values[0]);
    sfence_vma_all();
    csr_write(medeleg, 1 << CAUSE_ECALL_U);
    csr_write(mideleg, 1 << IRQ_S_TIMER);
    csr_write(mie, 1 << IRQ_M_TIMER | 1 << IRQ_S_TIMER);
    arm_timer();
    uint64_t checksum = run_in_mode(MODE_U, (uint64_t (*)(uint64_t)) (user_entry - RAM_BASE + USER_BASE),
            KERNEL_STEPS);
    *(volatile uint64_t *) CLINT_MTIMECMP = ~0ULL;
    csr_write(mie, 0);
    csr_write(satp, 0);
    print_field("checksum ", checksum);
    print("yields ");
    print_dec((int64_t) yields);
    putchar_uart('\n');
    /* tick counts depend on the clock; only that the timer took part */
    check(machine_ticks > 0 && supervisor_ticks > 0, "timer interrupts reached M and S");
    return finish();
}
