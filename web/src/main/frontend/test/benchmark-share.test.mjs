// The Benchmark tab's share links: the address, and the check that the server stored the figures the page measured.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BENCHMARK_ID, benchmarkFromUrl, benchmarkLink, figureDifferences } from '../src/playground/benchmark-share.js';

const figure = (workload, placement, instructions, cycles = instructions * 1.25) => ({
  workload, placement, instructions, traps: 2, context_switches: 2, as_switches: 2, tlb_misses: 0, cycles,
});

test('?benchmark=ID is read as given; the link puts it back', () => {
  assert.equal(benchmarkFromUrl({ search: '?benchmark=Zk3uVY2m1RwzQx8a' }), 'Zk3uVY2m1RwzQx8a');
  assert.equal(benchmarkFromUrl({ search: '?lesson=01-boot' }), null);
  assert.equal(benchmarkFromUrl({ search: '?benchmark=%3Cb%3E' }), '<b>');
  assert.equal(benchmarkLink('http://localhost:7070', 'Zk3uVY2m1RwzQx8a'), 'http://localhost:7070/?benchmark=Zk3uVY2m1RwzQx8a');
  const url = new URL(benchmarkLink('http://localhost:7070', 'Zk3uVY2m1RwzQx8a'));
  assert.equal(benchmarkFromUrl(url), 'Zk3uVY2m1RwzQx8a');
});

test('an id is 16 base64url characters, nothing else', () => {
  assert.ok(BENCHMARK_ID.test('Zk3uVY2m1RwzQx8a'));
  assert.ok(BENCHMARK_ID.test('-_-_-_-_-_-_-_-_'));
  for (const bad of ['', 'Zk3uVY2m1RwzQx8', 'Zk3uVY2m1RwzQx8aa', '../api/modules/', 'Zk3uVY2m1RwzQx8=', '<b>']) {
    assert.ok(!BENCHMARK_ID.test(bad), bad);
  }
});

test('the same figures in another order agree', () => {
  const here = [figure('echo', 'user', 1909), figure('echo', 'kernel', 1300)];
  assert.deepEqual(figureDifferences(here, [...here].reverse().map((f) => ({ ...f }))), []);
});

test('a count that differs, a row missing on either side: each is named', () => {
  const here = [figure('echo', 'user', 1909), figure('kv_get', 'user', 5759)];
  const stored = [figure('echo', 'user', 1910, 1909 * 1.25), figure('echo', 'kernel', 1300)];
  assert.deepEqual(figureDifferences(here, stored), [
    'echo in user: instructions 1909 here, 1910 stored',
    'kv_get in user: not stored',
    'echo in kernel: stored, not measured here',
  ]);
});
