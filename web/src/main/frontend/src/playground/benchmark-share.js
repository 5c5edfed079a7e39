// The Benchmark tab's share links, no DOM: the address /?benchmark=ID, and the comparison of the page's figures with
// the ones the server stored for the same request (the counts are deterministic, so any difference is a fault).

/** What the API's ids look like (docs/api.md, Benchmarks): 16 characters of base64url. */
export const BENCHMARK_ID = /^[A-Za-z0-9_-]{16}$/;

/** The counts of a figure, as `mkplay bench system --json` and the API name them; the table's columns. */
export const FIGURE_COLUMNS = ['instructions', 'traps', 'context_switches', 'as_switches', 'tlb_misses', 'cycles'];

/** The `benchmark` parameter of the address (`/?benchmark=ID`) as given, or null when there is none. */
export function benchmarkFromUrl(location) {
  return new URLSearchParams(location.search).get('benchmark');
}

/** The link that opens the page on a stored benchmark. */
export function benchmarkLink(origin, id) {
  return `${origin}/?benchmark=${encodeURIComponent(id)}`;
}

/**
 * Where two lists of figures disagree, one sentence each ("echo in user: instructions 1909 here, 1910 stored"); empty
 * when every workload and placement of either has the same counts in the other.
 */
export function figureDifferences(here, stored) {
  const key = (f) => `${f.workload} in ${f.placement}`;
  const theirs = new Map(stored.map((f) => [key(f), f]));
  const differences = [];
  for (const mine of here) {
    const other = theirs.get(key(mine));
    theirs.delete(key(mine));
    if (!other) {
      differences.push(`${key(mine)}: not stored`);
      continue;
    }
    for (const column of FIGURE_COLUMNS) {
      if (mine[column] !== other[column]) {
        differences.push(`${key(mine)}: ${column} ${mine[column]} here, ${other[column]} stored`);
      }
    }
  }
  for (const name of theirs.keys()) differences.push(`${name}: stored, not measured here`);
  return differences;
}
