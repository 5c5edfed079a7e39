/* Word count (twin of WordCount.java): the same words counted in an open-addressing table of fixed-size keys
 * with Java's String.hashCode, no allocation; the same distinct count, highest count and checksum. */
#include "bench.h"
#ifndef SIZE
#define SIZE 200000
#endif
#define SLOTS 65536 /* more than the 37448 possible words */

typedef struct {
    int used, length, hash;
    char word[5];
    long count;
} slot;

static slot table[SLOTS];

int main(void) {
    unsigned long seed = 42;
    long distinct = 0;
    for (int i = 0; i < SIZE; i++) {
        seed = seed * 6364136223846793005UL + 1442695040888963407UL;
        int length = 1 + (int) ((seed >> 60) % 5);
        unsigned long bits = seed >> 20;
        char word[5];
        int hash = 0;
        for (int k = 0; k < length; k++) {
            word[k] = (char) ('a' + (bits & 7));
            hash = (int) (31u * (unsigned) hash + (unsigned char) word[k]);
            bits >>= 3;
        }
        unsigned h = (unsigned) hash;
        unsigned index = (h ^ (h >> 16)) & (SLOTS - 1);
        for (;;) {
            slot *s = &table[index];
            if (!s->used) {
                s->used = 1;
                s->length = length;
                s->hash = hash;
                for (int k = 0; k < length; k++) s->word[k] = word[k];
                s->count = 1;
                distinct++;
                break;
            }
            if (s->hash == hash && s->length == length) {
                int same = 1;
                for (int k = 0; k < length; k++) same &= s->word[k] == word[k];
                if (same) {
                    s->count++;
                    break;
                }
            }
            index = (index + 1) & (SLOTS - 1);
        }
    }
    long checksum = 0, max = 0;
    for (int i = 0; i < SLOTS; i++) {
        if (!table[i].used) continue;
        checksum += (long) table[i].hash * table[i].count;
        if (table[i].count > max) max = table[i].count;
    }
    print_str("wordcount ");
    print_long(SIZE);
    print_str(": distinct ");
    print_long(distinct);
    print_str(", max ");
    print_long(max);
    print_str(", checksum ");
    print_long(checksum);
    print_char('\n');
    return 0;
}
