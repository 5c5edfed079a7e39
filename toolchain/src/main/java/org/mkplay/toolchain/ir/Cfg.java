package org.mkplay.toolchain.ir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Control-flow helpers: predecessors, reverse post-order, unreachable blocks, back edges. */
public final class Cfg {
    private Cfg() {}

    public static Map<Block, List<Block>> predecessors(IrMethod m) {
        Map<Block, List<Block>> preds = new HashMap<>();
        for (Block b : m.blocks) preds.put(b, new ArrayList<>());
        for (Block b : m.blocks) for (Block s : b.successors()) preds.get(s).add(b);
        return preds;
    }

    /** Blocks reachable from the entry, in reverse post-order (a block before its successors, loops aside). */
    public static List<Block> reversePostOrder(IrMethod m) {
        List<Block> post = new ArrayList<>();
        Set<Block> seen = new HashSet<>();
        List<Block> stack = new ArrayList<>();
        List<Integer> next = new ArrayList<>();
        stack.add(m.blocks.get(0));
        next.add(0);
        seen.add(m.blocks.get(0));
        while (!stack.isEmpty()) {
            int top = stack.size() - 1;
            Block b = stack.get(top);
            List<Block> succ = b.successors();
            int k = next.get(top);
            if (k < succ.size()) {
                next.set(top, k + 1);
                Block s = succ.get(k);
                if (seen.add(s)) {
                    stack.add(s);
                    next.add(0);
                }
            } else {
                post.add(b);
                stack.remove(top);
                next.remove(top);
            }
        }
        java.util.Collections.reverse(post);
        return post;
    }

    /** Drops blocks the entry cannot reach (their code is dead); returns true if any was. */
    public static boolean removeUnreachable(IrMethod m) {
        Set<Block> live = new HashSet<>(reversePostOrder(m));
        return m.blocks.removeIf(b -> !live.contains(b));
    }

    /**
     * Loops as (header, body) pairs, one per back edge (an edge to a block that dominates its source).
     * The body is every block that reaches the back edge's source without passing the header.
     */
    public static List<Loop> loops(IrMethod m) {
        Map<Block, Set<Block>> dom = Dominators.of(m);
        Map<Block, List<Block>> preds = predecessors(m);
        List<Loop> loops = new ArrayList<>();
        for (Block b : m.blocks) {
            for (Block h : b.successors()) {
                if (dom.get(b) != null && dom.get(b).contains(h)) loops.add(new Loop(h, body(h, b, preds)));
            }
        }
        return loops;
    }

    private static Set<Block> body(Block header, Block latch, Map<Block, List<Block>> preds) {
        Set<Block> body = new HashSet<>();
        body.add(header);
        List<Block> work = new ArrayList<>();
        if (body.add(latch)) work.add(latch);
        while (!work.isEmpty()) {
            Block b = work.remove(work.size() - 1);
            for (Block p : preds.get(b)) if (body.add(p)) work.add(p);
        }
        return body;
    }

    public record Loop(Block header, Set<Block> body) {}
}
