/* Benchmark workload "integer-sv39": the integer kernel in S-mode under Sv39, the whole image mapped one
   to one with 4 KiB pages (so code, data and stack go through the TLB). Twin of integer-bare. */
#include "../modes.h"
#include "../paging.h"
#include "../runtime.h"
#include "kernel.h"

extern char _end[];

void kernel_step_done(void) {
}

static pte_t *map_image(void) {
    pte_t *root = paging_new_table();
    uint64_t flags = PTE_R | PTE_W | PTE_X | PTE_A | PTE_D;
    for (uint64_t page = 0x80000000; page < (uint64_t) _end; page += PAGE_SIZE) {
        paging_map(root, page, page, LEVEL_4K, flags);
    }
    return root;
}

int main(void) {
    println("integer-sv39 workload");
    modes_init();
    csr_write(satp, paging_satp(map_image(), 1));
    sfence_vma_all();
    print_field("checksum ", run_in_mode(MODE_S, kernel_run, KERNEL_STEPS));
    csr_write(satp, 0);
    return 0;
}
