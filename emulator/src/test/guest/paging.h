/* Sv39 page tables for the guests: a pool of page-aligned tables, mapping of 4 KiB, 2 MiB and 1 GiB pages,
   and satp values. Virtual = physical for the tables themselves (they live in RAM, which the guests map
   one to one). */
#ifndef PAGING_H
#define PAGING_H

#include <stdint.h>

#define PTE_V (1ULL << 0)
#define PTE_R (1ULL << 1)
#define PTE_W (1ULL << 2)
#define PTE_X (1ULL << 3)
#define PTE_U (1ULL << 4)
#define PTE_G (1ULL << 5)
#define PTE_A (1ULL << 6)
#define PTE_D (1ULL << 7)

#define PAGE_SIZE 4096ULL
#define LEVEL_4K 0
#define LEVEL_2M 1
#define LEVEL_1G 2

#define SATP_SV39 (8ULL << 60)
#define MSTATUS_SUM (1ULL << 18)
#define MSTATUS_MXR (1ULL << 19)
#define MSTATUS_MPRV (1ULL << 17)

typedef uint64_t pte_t;

/* a zeroed table from the pool (exit(96) when it runs dry) */
pte_t *paging_new_table(void);
/* maps the page of the given level at va to pa with flags (PTE_V is added); makes intermediate tables */
void paging_map(pte_t *root, uint64_t va, uint64_t pa, int level, uint64_t flags);
/* the entry at `level` on the walk for va, making intermediate tables if missing */
pte_t *paging_entry(pte_t *root, uint64_t va, int level);
uint64_t paging_satp(const pte_t *root, uint64_t asid);
/* RAM and the devices below 1 GiB, one to one, as global R/W/X gigapages with A and D already set */
void paging_map_identity(pte_t *root);

static inline void sfence_vma_all(void) {
    __asm__ volatile("sfence.vma" : : : "memory");
}

#endif
