/* Binary trees (twin of BinaryTrees.java): the same trees, their nodes taken from a static pool with a free list
 * and each tree freed explicitly after its check, as a C program without malloc would do it. */
#include "bench.h"
#ifndef SIZE
#define SIZE 14
#endif
#define MAX_DEPTH (SIZE < 6 ? 6 : SIZE)
/* the stretch tree, or the long-lived tree and one more of at most the same depth */
#define POOL ((1L << (MAX_DEPTH + 2)) + 64)

typedef struct node {
    struct node *left, *right;
} node;

static node pool[POOL];
static long used;
static node *free_list;

static node *new_node(node *left, node *right) {
    node *n;
    if (free_list) {
        n = free_list;
        free_list = n->left;
    } else {
        n = &pool[used++];
    }
    n->left = left;
    n->right = right;
    return n;
}

static void free_tree(node *n) {
    if (n->left) {
        free_tree(n->left);
        free_tree(n->right);
    }
    n->left = free_list;
    free_list = n;
}

static node *tree(int depth) {
    if (depth == 0) return new_node(0, 0);
    node *left = tree(depth - 1);
    return new_node(left, tree(depth - 1));
}

static int check(node *n) {
    return n->left == 0 ? 1 : 1 + check(n->left) + check(n->right);
}

int main(void) {
    int max = MAX_DEPTH;
    node *s = tree(max + 1);
    long stretch = check(s);
    free_tree(s);
    node *long_lived = tree(max);
    long total = 0;
    for (int depth = 4; depth <= max; depth += 2) {
        int iterations = 1 << (max - depth + 4);
        for (int i = 0; i < iterations; i++) {
            node *t = tree(depth);
            total += check(t);
            free_tree(t);
        }
    }
    print_str("binarytrees ");
    print_long(max);
    print_str(": stretch ");
    print_long(stretch);
    print_str(", trees ");
    print_long(total);
    print_str(", long lived ");
    print_long(check(long_lived));
    print_char('\n');
    return 0;
}
