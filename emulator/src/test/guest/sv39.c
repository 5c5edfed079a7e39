/* Sv39 from S- and U-mode: 4 KiB, 2 MiB and 1 GiB pages; the A and D bits the hardware sets on access
   (QEMU updates them itself rather than faulting); load, store and instruction page faults with
   mcause/mtval (page faults are not delegated, M reports them); permission bits, SUM, MXR, MPRV; invalid,
   reserved and misaligned entries; non-canonical addresses; a fetch straddling into a non-executable page;
   sfence.vma after remapping; the satp fields that stick. The same faults again delegated to S. */
#include "modes.h"
#include "paging.h"
#include "runtime.h"

#define CAUSE_FETCH_PAGE_FAULT 12
#define VA_RW 0x40000000ULL       /* 4 KiB, R W */
#define VA_RO 0x40001000ULL       /* 4 KiB, R */
#define VA_XO 0x40002000ULL       /* 4 KiB, X */
#define VA_USER 0x40003000ULL     /* 4 KiB, R W U */
#define VA_INVALID 0x40004000ULL  /* V clear */
#define VA_W_ONLY 0x40005000ULL   /* W without R: reserved */
#define VA_MEGA 0x40200000ULL     /* 2 MiB, R W */
#define VA_MISALIGNED 0x40400000ULL /* 2 MiB leaf whose PPN is not 2 MiB aligned */
#define VA_GIGA 0xc0000000ULL     /* 1 GiB, R W, onto RAM */
#define VA_HIGH 0xffffffc000000000ULL /* root entry 256, the top half of the address space */
#define VA_NONCANONICAL 0x0000004000000000ULL

static uint8_t frames[6][PAGE_SIZE] __attribute__((aligned(4096)));
static uint8_t mega_frame[0x200000] __attribute__((aligned(0x200000)));
static uint64_t marker = 0x600dcafe;
static pte_t *root;
static void print_pte_of(const pte_t *table, const char *what, uint64_t va, int level);
#define print_pte(what, va, level) print_pte_of(root, what, va, level)
/* for U-mode: RAM mapped with U set (U code cannot run from S pages), the test pages as in root */
static pte_t *user_root;

void machine_trap(struct trap_frame *frame) {
    print_trap_frame("M", frame, (frame->status >> 11) & 3);
    if (frame->cause == CAUSE_FETCH_PAGE_FAULT) {
        frame->x[REG_A0] = 0xdead;
        frame->epc = frame->x[REG_RA]; /* as if the call had returned */
    } else {
        frame->epc += instruction_length(frame->epc);
    }
}

static uint64_t load(uint64_t va) {
    uint64_t value = 0xbad;
    __asm__ volatile("ld %0, 0(%1)" : "+r"(value) : "r"(va) : "memory");
    return value;
}

static void store(uint64_t va, uint64_t value) {
    __asm__ volatile("sd %0, 0(%1)" : : "r"(value), "r"(va) : "memory");
}

static uint64_t call(uint64_t va) {
    __asm__ volatile("fence.i" : : : "memory");
    return ((uint64_t (*)(void)) va)();
}

static void print_pte_of(const pte_t *table, const char *what, uint64_t va, int level) {
    print(what);
    print(" pte ");
    print_hex(*paging_entry((pte_t *) table, va, level));
    putchar_uart('\n');
}

static void build_tables(void) {
    root = paging_new_table();
    paging_map_identity(root);
    paging_map(root, VA_RW, (uint64_t) frames[0], LEVEL_4K, PTE_R | PTE_W);
    paging_map(root, VA_RO, (uint64_t) frames[1], LEVEL_4K, PTE_R);
    paging_map(root, VA_XO, (uint64_t) frames[2], LEVEL_4K, PTE_X);
    paging_map(root, VA_USER, (uint64_t) frames[3], LEVEL_4K, PTE_R | PTE_W | PTE_U);
    *paging_entry(root, VA_INVALID, LEVEL_4K) = ((uint64_t) frames[4] >> 12) << 10 | PTE_R | PTE_W;
    paging_map(root, VA_W_ONLY, (uint64_t) frames[4], LEVEL_4K, PTE_W);
    paging_map(root, VA_MEGA, (uint64_t) mega_frame, LEVEL_2M, PTE_R | PTE_W);
    paging_map(root, VA_MISALIGNED, (uint64_t) frames[5], LEVEL_2M, PTE_R | PTE_W);
    paging_map(root, VA_GIGA, 0x80000000, LEVEL_1G, PTE_R | PTE_W);
    paging_map(root, VA_HIGH, 0x80000000, LEVEL_1G, PTE_R | PTE_W | PTE_A | PTE_D);
    user_root = paging_new_table();
    paging_map(user_root, 0x00000000, 0x00000000, LEVEL_1G, PTE_R | PTE_W | PTE_U | PTE_A | PTE_D);
    paging_map(user_root, 0x80000000, 0x80000000, LEVEL_1G, PTE_R | PTE_W | PTE_X | PTE_U | PTE_A | PTE_D);
    paging_map(user_root, VA_RW, (uint64_t) frames[0], LEVEL_4K, PTE_R | PTE_W | PTE_A | PTE_D);
    paging_map(user_root, VA_USER, (uint64_t) frames[3], LEVEL_4K, PTE_R | PTE_W | PTE_U);
    for (int i = 0; i < 6; i++) {
        *(uint64_t *) frames[i] = 0x1111111111111111ULL * (i + 1);
    }
    *(uint64_t *) mega_frame = 0x4d454741;
    /* li a0, 42; ret  — and at the end of the page the first half of another li, straddling into VA_USER */
    uint32_t *code = (uint32_t *) frames[2];
    code[0] = 0x02a00513;
    code[1] = 0x00008067;
    *(uint16_t *) (frames[2] + PAGE_SIZE - 2) = 0x0513;
}

static uint64_t accessed_and_dirty(uint64_t unused) {
    (void) unused;
    print_pte("4K before", VA_RW, LEVEL_4K);
    print_field("load 4K ", load(VA_RW));
    print_pte("4K after load", VA_RW, LEVEL_4K);
    store(VA_RW + 8, 77);
    print_pte("4K after store", VA_RW, LEVEL_4K);
    print_field("load 2M ", load(VA_MEGA));
    print_pte("2M after load", VA_MEGA, LEVEL_2M);
    store(VA_MEGA + 0x1ff000, 5);
    print_pte("2M after store", VA_MEGA, LEVEL_2M);
    print_field("load 1G alias of marker ", load(VA_GIGA + ((uint64_t) &marker - 0x80000000)));
    print_pte("1G after load", VA_GIGA, LEVEL_1G);
    print_field("load high half alias    ", load(VA_HIGH + ((uint64_t) &marker - 0x80000000)));
    return 0;
}

static uint64_t permissions(uint64_t unused) {
    (void) unused;
    print_field("load read-only ", load(VA_RO));
    store(VA_RO, 1);
    print_pte("read-only after refused store", VA_RO, LEVEL_4K);
    print_field("load execute-only ", load(VA_XO));
    csr_set(sstatus, MSTATUS_MXR);
    print_field("load execute-only with MXR ", load(VA_XO));
    csr_clear(sstatus, MSTATUS_MXR);
    print_field("call execute-only ", call(VA_XO));
    print_field("call read-write ", call(VA_RW));
    print_field("load user page from S ", load(VA_USER));
    csr_set(sstatus, MSTATUS_SUM);
    print_field("load user page with SUM ", load(VA_USER));
    print_field("call user page with SUM ", call(VA_USER));
    csr_clear(sstatus, MSTATUS_SUM);
    print_field("call straddling into the user page ", call(VA_XO + PAGE_SIZE - 2));
    return 0;
}

static uint64_t bad_entries(uint64_t unused) {
    (void) unused;
    print_field("load invalid ", load(VA_INVALID));
    print_field("load W-only ", load(VA_W_ONLY));
    print_field("load misaligned superpage ", load(VA_MISALIGNED));
    print_field("load non-canonical ", load(VA_NONCANONICAL));
    print_field("load unmapped ", load(0x40600000));
    return 0;
}

void supervisor_trap(struct trap_frame *frame) {
    print_trap_frame("S", frame, (frame->status >> 8) & 1);
    if (frame->cause == CAUSE_FETCH_PAGE_FAULT) {
        frame->x[REG_A0] = 0xdead;
        frame->epc = frame->x[REG_RA];
    } else {
        frame->epc += instruction_length(frame->epc);
    }
}

/* the same faults with medeleg sending page faults to S: scause/stval instead of mcause/mtval */
static uint64_t delegated_faults(uint64_t unused) {
    (void) unused;
    print_field("load invalid ", load(VA_INVALID));
    store(VA_RO, 1);
    print_field("call read-write ", call(VA_RW));
    print_field("load non-canonical ", load(VA_NONCANONICAL));
    print_field("call straddling into the user page ", call(VA_XO + PAGE_SIZE - 2));
    return 0;
}

static uint64_t user_accesses(uint64_t unused) {
    (void) unused;
    store(VA_USER + 16, 0x55);
    print_field("user load of its page ", load(VA_USER + 16));
    print_field("user load of a supervisor page ", load(VA_RW));
    return 0;
}

static uint64_t remap(uint64_t unused) {
    (void) unused;
    print_field("before remap ", load(VA_RW));
    *paging_entry(root, VA_RW, LEVEL_4K) = ((uint64_t) frames[1] >> 12) << 10 | PTE_V | PTE_R | PTE_A;
    __asm__ volatile("sfence.vma %0, zero" : : "r"(VA_RW) : "memory");
    print_field("after remap and sfence.vma ", load(VA_RW));
    return 0;
}

static void machine_mprv(void) {
    csr_set(mstatus, MSTATUS_MPRV);
    csr_clear(mstatus, 3ULL << 11);
    csr_set(mstatus, 1ULL << 11); /* MPP = S: M's loads and stores translate as S's */
    uint64_t value = load(VA_RO);
    csr_clear(mstatus, MSTATUS_MPRV);
    print_field("M load with MPRV, MPP = S ", value);
}

static void satp_fields(void) {
    csr_write(satp, SATP_SV39 | 0xffffULL << 44 | 0xfffffffffffULL);
    print_field("satp all ASID and PPN bits ", csr_read(satp));
    csr_write(satp, 5ULL << 60);
    print_field("satp after reserved mode   ", csr_read(satp));
    csr_write(satp, 0);
    print_field("satp bare ", csr_read(satp));
}

int main(void) {
    println("sv39 guest");
    modes_init();
    satp_fields();
    build_tables();
    csr_write(satp, paging_satp(root, 1));
    sfence_vma_all();
    run_in_mode(MODE_S, accessed_and_dirty, 0);
    run_in_mode(MODE_S, permissions, 0);
    run_in_mode(MODE_S, bad_entries, 0);
    csr_write(medeleg, 1 << 12 | 1 << 13 | 1 << 15);
    run_in_mode(MODE_S, delegated_faults, 0);
    csr_write(medeleg, 0);
    /* root's identity mappings are global, so they may stay cached under any ASID: flush */
    csr_write(satp, paging_satp(user_root, 2));
    sfence_vma_all();
    run_in_mode(MODE_U, user_accesses, 0);
    print_pte_of(user_root, "user page after user store", VA_USER, LEVEL_4K);
    csr_write(satp, paging_satp(root, 1));
    sfence_vma_all();
    run_in_mode(MODE_S, remap, 0);
    machine_mprv();
    csr_write(satp, 0);
    return finish();
}
