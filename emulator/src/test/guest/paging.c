#include "paging.h"
#include "runtime.h"

#define POOL_TABLES 24
#define ENTRIES 512

static pte_t pool[POOL_TABLES][ENTRIES] __attribute__((aligned(4096)));
static unsigned pool_used;

pte_t *paging_new_table(void) {
    if (pool_used == POOL_TABLES) {
        println("page table pool exhausted");
        exit(96);
    }
    pte_t *table = pool[pool_used++];
    for (int i = 0; i < ENTRIES; i++) {
        table[i] = 0;
    }
    return table;
}

static unsigned index_at(uint64_t va, int level) {
    return (va >> (12 + 9 * level)) & (ENTRIES - 1);
}

static pte_t table_pointer(const pte_t *table) {
    return ((uint64_t) table >> 12) << 10 | PTE_V;
}

pte_t *paging_entry(pte_t *root, uint64_t va, int level) {
    pte_t *table = root;
    for (int current = LEVEL_1G; current > level; current--) {
        pte_t *entry = &table[index_at(va, current)];
        if ((*entry & PTE_V) == 0) {
            *entry = table_pointer(paging_new_table());
        }
        table = (pte_t *) ((*entry >> 10) << 12);
    }
    return &table[index_at(va, level)];
}

void paging_map(pte_t *root, uint64_t va, uint64_t pa, int level, uint64_t flags) {
    *paging_entry(root, va, level) = (pa >> 12) << 10 | flags | PTE_V;
}

uint64_t paging_satp(const pte_t *root, uint64_t asid) {
    return SATP_SV39 | asid << 44 | (uint64_t) root >> 12;
}

void paging_map_identity(pte_t *root) {
    uint64_t flags = PTE_R | PTE_W | PTE_X | PTE_G | PTE_A | PTE_D;
    paging_map(root, 0x00000000, 0x00000000, LEVEL_1G, flags & ~PTE_X);
    paging_map(root, 0x80000000, 0x80000000, LEVEL_1G, flags);
}
