// Unit tests of the page's trace model (node --test; run by the web module's Maven build in the test phase).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  ARROW, EXIT, FAULT, FIELDS, NONE, RECEIVE, REPLY, SEND, SPACE, SPAWN, SWITCH, TraceModel, describeEvent,
  packedPrograms, recordAt,
} from '../src/playground/trace.js';

/** A batch as the worker posts it: [type, cause, instret, actor, peer, object, valueHigh, valueLow] per record. */
const batch = (...records) => Float64Array.from(records.flat());
const info = (label, words, bytes = 0) => [label, (bytes << 16) | words];
const rec = (type, instret, actor, peer, object = 0, value = [0, 0], cause = 0) =>
  [type, cause, instret, actor, peer, object, ...value];

/** The ipc image's opening: spawns, the server runs and waits, a client calls, gets its reply and exits. */
const CALL = batch(
  rec(SPAWN, 10, NONE, 0, 0), rec(SPAWN, 11, NONE, 1, 1),
  rec(SWITCH, 20, NONE, 0), rec(SPACE, 20, 0, NONE, 0),
  rec(SWITCH, 100, 0, 1), rec(SPACE, 100, 1, NONE, 1),
  rec(SEND, 300, 1, 0, 0, info(7, 2)), rec(RECEIVE, 300, 0, 1, 0, info(7, 2)),
  rec(SWITCH, 310, 1, 0), rec(SPACE, 310, 0, NONE, 0),
  rec(REPLY, 400, 0, 1, 0, info(8, 1, 64)), rec(SWITCH, 410, 0, 1), rec(SPACE, 410, 1, NONE, 1),
  rec(EXIT, 500, 1, NONE, 1, [0, 3]), rec(FAULT, 505, 0, NONE, 0x4000_0010, [0, 0], 3),
);

test('a record of the batch decodes its message info', () => {
  const r = recordAt(CALL, 6);
  assert.equal(r.name, 'SEND');
  assert.deepEqual([r.label, r.words, r.bufferBytes, r.length], [7, 2, 0, 16]);
  assert.equal(recordAt(CALL, 10).length, 8 + 64);
  assert.equal(CALL.length / FIELDS, 15);
});

test('threads get their process, name, priority, state and the instructions they ran', () => {
  const model = new TraceModel();
  model.setPrograms([{ name: 'Server', priority: 10 }, { name: 'Client', priority: 5 }]);
  model.add(CALL);
  const [server, client] = model.threadList();
  assert.deepEqual([server.name, server.priority, client.name, client.priority], ['Server', 10, 'Client', 5]);
  // server ran 20..100 and 310..410; the client 100..310 and from 410 on (the newest record is at 505)
  assert.equal(model.instructionsOf(server), 80 + 100);
  assert.equal(model.instructionsOf(client), 210 + 95);
  assert.equal(client.state, 'exited');
  assert.equal(server.state, 'faulted');
  assert.equal(server.faults, 1);
  assert.equal(model.messages, 2);
  assert.equal(model.faults, 1);
});

test('a thread switched away right after its own IPC record is blocked, else ready', () => {
  const model = new TraceModel();
  model.add(batch(rec(SWITCH, 0, NONE, 0), rec(SWITCH, 50, 0, 1)));
  assert.equal(model.threads.get(0).state, 'ready', 'preempted');
  model.add(batch(rec(SEND, 60, 1, NONE, 0, info(1, 0)), rec(SWITCH, 70, 1, 0)));
  assert.equal(model.threads.get(1).state, 'blocked', 'waits after its send');
});

test('arrows go from sender to receiver and from server to caller; marks for exits and faults', () => {
  const model = new TraceModel();
  model.add(CALL);
  const arrows = model.events.filter((e) => e.kind === ARROW);
  assert.deepEqual(arrows.map((e) => [e.from, e.to, e.label, e.instret]), [[1, 0, 7, 300], [0, 1, 8, 400]]);
  const marks = model.events.filter((e) => e.kind !== ARROW).map((e) => e.type);
  assert.deepEqual(marks, [SPAWN, SPAWN, EXIT, FAULT]);
  assert.match(describeEvent(arrows[0], (t) => `t${t}`), /^300: t1 → t0 message label 7, 16 bytes/);
  assert.equal(model.runs.length, 4);
  assert.deepEqual([model.runs[0].start, model.runs[0].end], [20, 100]);
});

test('the history keeps the newest events only, the counts keep everything', () => {
  const model = new TraceModel({ historyLimit: 100 });
  for (let i = 0; i < 1000; i++) model.add(batch(rec(RECEIVE, i, 0, 1, 0, info(i, 1)), rec(REPLY, i, 0, 1, 0, info(i, 1))));
  assert.ok(model.events.length <= 125);
  assert.equal(model.events[model.events.length - 1].instret, 999);
  assert.equal(model.messages, 2000);
});

test('firstAtOrAfter finds where the visible window starts', () => {
  const list = [1, 3, 3, 7, 9].map((instret) => ({ instret }));
  assert.equal(TraceModel.firstAtOrAfter(list, 3), 1);
  assert.equal(TraceModel.firstAtOrAfter(list, 4), 3);
  assert.equal(TraceModel.firstAtOrAfter(list, 10), 5);
});

test('packedPrograms reads the names and priorities of a packed image and [] of anything else', () => {
  // an ELF64 header with one program header: PT_LOAD at 0x8780_0000, file offset 0x100
  const elf = new Uint8Array(0x100 + 16 + 2 * 232);
  const view = new DataView(elf.buffer);
  elf.set([0x7f, 0x45, 0x4c, 0x46]);
  view.setBigUint64(0x20, 0x40n, true);
  view.setUint16(0x36, 56, true);
  view.setUint16(0x38, 1, true);
  view.setUint32(0x40, 1, true);
  view.setBigUint64(0x40 + 8, 0x100n, true);
  view.setBigUint64(0x40 + 16, 0x8780_0000n, true);
  view.setBigUint64(0x100, 0x3153_5245_5355_4B4Dn, true);
  view.setBigUint64(0x108, 2n, true);
  // the client is held for its supervisor's SPAWN (bit 8 of the priority word), which is no part of its priority
  [['Server', 10n], ['Client', 5n | 0x100n]].forEach(([name, priority], i) => {
    const entry = 0x110 + i * 232;
    elf.set([...name].map((c) => c.charCodeAt(0)), entry + 16);
    view.setBigUint64(entry + 32, priority, true);
    view.setBigUint64(entry + 40, 0xffff_ffffn, true); // a grant word, which the names must not run into
  });
  assert.deepEqual(packedPrograms(elf), [{ name: 'Server', priority: 10 }, { name: 'Client', priority: 5 }]);
  assert.deepEqual(packedPrograms(new Uint8Array(16)), []);
});

test('packedPrograms reads the default system the page boots first, as the system module built it', () => {
  // web/pom.xml depends on the system module, so its build has made the image before this test runs
  const image = new URL('../../../../../system/target/classes/org/mkplay/system/default-system.elf', import.meta.url);
  assert.deepEqual(packedPrograms(readFileSync(image)).map((p) => `${p.name}:${p.priority}`),
    ['supervisor:14', 'names:12', 'console:11', 'echo:8', 'files:7', 'shell:4', 'kv:6']);
});

test('CAP records build each thread\'s capability table; an emptied slot leaves it', () => {
  const model = new TraceModel();
  // slot 1: endpoint (type 1) 0 with SEND (1), badge 0xa; then slot 5 filled and emptied (id none: -2^32 + low half)
  const slot = (s, type, rights, id) => s + type * 2 ** 16 + rights * 2 ** 24 + id * 2 ** 32;
  model.add(batch(rec(12, 1, 1, NONE, slot(1, 1, 1, 0), [0, 0xa]), rec(12, 2, 1, NONE, slot(5, 2, 3, 4), [0, 0]),
    rec(12, 3, 1, NONE, -(2 ** 32) + 5, [0, 0])));
  const table = [...model.caps.get(1).values()];
  assert.deepEqual(table, [{ slot: 1, capType: 1, rights: 1, objectId: 0, badge: 0xa }]);
  assert.equal(recordAt(batch(rec(12, 3, 1, NONE, -(2 ** 32) + 5)), 0).objectId, NONE);
  assert.equal(recordAt(batch(rec(12, 3, 1, NONE, -(2 ** 32) + 5)), 0).slot, 5);
});
