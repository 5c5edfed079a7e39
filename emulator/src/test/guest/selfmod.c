/* Self-modifying code and translation changes under executed code, which pre-decoding emulators must
   notice: stores into code followed by fence.i (fresh buffers, patches in .text, compressed/32-bit
   swaps, an instruction straddling two pages, a loop rewriting its own next instruction); with Sv39,
   code written through one mapping and run through another, a code page remapped with sfence.vma, and
   one virtual address holding different code in two address spaces (ASIDs), switched without sfence. */
#include "modes.h"
#include "paging.h"
#include "runtime.h"

#define LI_A0(n) (0x00000513u | ((uint32_t) (n) << 20)) /* addi a0, zero, n */
#define RET 0x00008067u
#define C_LI_A0(n) ((uint16_t) (0x4501 | (((n) & 0x1f) << 2) | (((n) & 0x20) << 7)))
#define C_ADDI_A0(n) ((uint16_t) (0x0501 | (((n) & 0x1f) << 2) | (((n) & 0x20) << 7)))
#define CODE_VA 0x40000000ULL  /* executable view */
#define DATA_VA 0x40100000ULL  /* writable view of the same frame */

uint64_t patch_target(void);
uint64_t rewrite_ahead(void);
uint64_t mixed_slot(void);

static uint32_t code_frames[6][PAGE_SIZE / 4] __attribute__((aligned(4096)));

static uint64_t call(uint64_t address) {
    __asm__ volatile("fence.i" : : : "memory");
    return ((uint64_t (*)(void)) address)();
}

static void write_function(uint32_t *at, uint32_t value) {
    at[0] = LI_A0(value);
    at[1] = RET;
}

static void fresh_buffers(void) {
    uint64_t sum = 0;
    for (uint32_t n = 1; n <= 100; n++) {
        write_function(&code_frames[0][(n * 8) % 1000], n);
        sum += call((uint64_t) &code_frames[0][(n * 8) % 1000]);
    }
    print_field("rewritten 100 times, sum ", sum);
    uint64_t repeat = 0;
    for (uint32_t n = 1; n <= 100; n++) {
        write_function(code_frames[0], n);
        repeat += call((uint64_t) code_frames[0]);
    }
    print_field("same address 100 times, sum ", repeat);
}

static void patches_in_text(void) {
    print_field("patch_target before ", patch_target());
    *(volatile uint32_t *) patch_target = LI_A0(42);
    __asm__ volatile("fence.i" : : : "memory");
    print_field("patch_target after  ", patch_target());
    print_field("rewrite_ahead sum   ", rewrite_ahead()); /* 1 + 2 + ... + 10 */
    volatile uint16_t *slot = (volatile uint16_t *) mixed_slot;
    slot[0] = C_LI_A0(7);
    slot[1] = C_ADDI_A0(5);
    __asm__ volatile("fence.i" : : : "memory");
    print_field("mixed slot, two compressed ", mixed_slot());
    *(volatile uint32_t *) mixed_slot = LI_A0(300);
    __asm__ volatile("fence.i" : : : "memory");
    print_field("mixed slot, one 32-bit     ", mixed_slot());
}

/* a 32-bit li straddling the boundary between two frames, then its upper half alone patched */
static void straddling_patch(void) {
    uint16_t *low = (uint16_t *) code_frames[1] - 1;
    uint16_t *high = (uint16_t *) code_frames[1];
    low[0] = (uint16_t) LI_A0(11);
    high[0] = (uint16_t) (LI_A0(11) >> 16);
    high[1] = (uint16_t) RET;
    high[2] = (uint16_t) (RET >> 16);
    print_field("straddling li ", call((uint64_t) low));
    high[0] = (uint16_t) (LI_A0(22) >> 16); /* the immediate lives in the upper half */
    print_field("straddling li, upper half patched ", call((uint64_t) high - 2));
}

static pte_t *address_space(uint32_t *code_frame) {
    pte_t *root = paging_new_table();
    paging_map_identity(root);
    paging_map(root, CODE_VA, (uint64_t) code_frame, LEVEL_4K, PTE_X | PTE_A);
    paging_map(root, DATA_VA, (uint64_t) code_frame, LEVEL_4K, PTE_R | PTE_W | PTE_A | PTE_D);
    return root;
}

static pte_t *space_a, *space_b;

static uint64_t through_aliases(uint64_t unused) {
    (void) unused;
    uint64_t sum = 0;
    for (uint32_t n = 1; n <= 20; n++) {
        write_function((uint32_t *) DATA_VA, n * 3);
        sum += call(CODE_VA);
    }
    print_field("written at one address, run at another, sum ", sum);
    write_function(code_frames[3], 77);
    write_function(code_frames[4], 88);
    pte_t *entry = paging_entry(space_a, CODE_VA, LEVEL_4K);
    *entry = ((uint64_t) code_frames[3] >> 12) << 10 | PTE_V | PTE_X | PTE_A;
    __asm__ volatile("sfence.vma" : : : "memory");
    print_field("before remap ", call(CODE_VA));
    *entry = ((uint64_t) code_frames[4] >> 12) << 10 | PTE_V | PTE_X | PTE_A;
    __asm__ volatile("sfence.vma %0, zero" : : "r"(CODE_VA) : "memory");
    print_field("after remap and sfence.vma ", call(CODE_VA));
    return 0;
}

/* same virtual address, different code per ASID: a satp write alone must switch between them */
static uint64_t asid_switching(uint64_t unused) {
    (void) unused;
    uint64_t pattern = 0;
    for (int i = 0; i < 8; i++) {
        csr_write(satp, paging_satp(space_a, 1));
        pattern = pattern << 8 | ((uint64_t (*)(void)) CODE_VA)();
        csr_write(satp, paging_satp(space_b, 2));
        pattern = pattern << 8 | ((uint64_t (*)(void)) CODE_VA)();
        if (i == 3) {
            print_field("ASID 1/2 results ", pattern);
            pattern = 0;
        }
    }
    print_field("ASID 1/2 results ", pattern);
    return 0;
}

static void translated(void) {
    modes_init();
    space_a = address_space(code_frames[2]);
    space_b = address_space(code_frames[5]);
    csr_write(satp, paging_satp(space_a, 1));
    __asm__ volatile("sfence.vma" : : : "memory");
    run_in_mode(MODE_S, through_aliases, 0);
    write_function(code_frames[4], 0x11);
    write_function(code_frames[5], 0x22);
    __asm__ volatile("fence.i" : : : "memory");
    run_in_mode(MODE_S, asid_switching, 0);
    csr_write(satp, 0);
}

int main(void) {
    println("selfmod guest");
    fresh_buffers();
    patches_in_text();
    straddling_patch();
    translated();
    return finish();
}
