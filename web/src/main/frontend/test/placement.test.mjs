// The placement control's logic: which servers of a system.json can run in the kernel (the rules of system's
// Placements), the presets, a build's per-server map and the text a module saves and restores.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  decodePlacement, encodePlacement, manifestChoice, presetChoice, presetOf, programsOf, requestPlacement,
} from '../src/playground/placement.js';

// the default system's own manifest, as the page fetches it (images/system.json is a copy)
const DEFAULT = programsOf(readFileSync(new URL(
  '../../../../../system/src/main/resources/org/mkplay/system/default/system.json', import.meta.url), 'utf8'));
const byName = (name) => DEFAULT.find((p) => p.name === name);

test('the supervisor, the console driver and the shell stay in user space, each with its reason', () => {
  assert.deepEqual(DEFAULT.filter((p) => p.reason === null).map((p) => p.name), ['names', 'echo', 'files', 'kv']);
  assert.match(byName('supervisor').reason, /supervisor must survive the faults/);
  assert.match(byName('console').reason, /driver maps its device/);
  assert.match(byName('shell').reason, /serves no endpoint/);
  assert.match(programsOf('{"programs":[{"name":"r","serves":true,"input":true}]}')[0].reason, /reading input blocks/);
  assert.match(programsOf('{"programs":[{"name":"client","sources":["C.java"]}]}')[0].reason, /serves no endpoint/);
  assert.match(programsOf('{"programs":[{"name":"d","serves":true,"devices":["uart"]}]}')[0].reason, /driver/);
  assert.match(programsOf('{"programs":[{"name":"p","serves":true,"elf":"p.elf"}]}')[0].reason, /prebuilt ELF/);
  assert.throws(() => programsOf('{"programs": 3}'), /programs list/);
});

test('the presets place what docs/system-images.md says, and a choice is found to be one', () => {
  const kernel = presetChoice(DEFAULT, 'kernel');
  assert.deepEqual(Object.keys(kernel).filter((n) => kernel[n] === 'kernel'), ['names', 'echo', 'files', 'kv']);
  const mixed = presetChoice(DEFAULT, 'mixed');
  assert.deepEqual(Object.keys(mixed).filter((n) => mixed[n] === 'kernel'), ['files', 'kv']);
  assert.equal(presetOf(DEFAULT, manifestChoice(DEFAULT)), 'user');
  assert.equal(presetOf(DEFAULT, { ...presetChoice(DEFAULT, 'user'), files: 'kernel', kv: 'kernel' }), 'mixed');
  assert.equal(presetOf(DEFAULT, kernel), 'kernel');
  assert.equal(presetOf(DEFAULT, { ...presetChoice(DEFAULT, 'user'), echo: 'kernel' }), null, 'echo alone is no preset');
});

test('a lesson build names every server, in name order', () => {
  const lesson = programsOf('{"programs":[{"name":"echo","serves":true},{"name":"client","uses":["echo"]}]}');
  assert.deepEqual(JSON.stringify(requestPlacement(lesson, { echo: 'kernel' })), '{"client":"user","echo":"kernel"}');
});

test('a saved placement is a preset or name=kernel pairs the backend accepts, and restores the same choice', () => {
  const custom = { ...presetChoice(DEFAULT, 'user'), echo: 'kernel', files: 'kernel' };
  assert.equal(encodePlacement(DEFAULT, presetChoice(DEFAULT, 'kernel')), 'kernel');
  assert.equal(encodePlacement(DEFAULT, custom), 'echo=kernel,files=kernel');
  assert.match(encodePlacement(DEFAULT, custom), /^[A-Za-z0-9][A-Za-z0-9_.:,=-]{0,127}$/);
  for (const choice of [custom, presetChoice(DEFAULT, 'mixed'), presetChoice(DEFAULT, 'user')]) {
    assert.deepEqual(decodePlacement(DEFAULT, encodePlacement(DEFAULT, choice)), choice);
  }
});

test('a saved placement the system cannot take is read safely', () => {
  assert.equal(decodePlacement(DEFAULT, null), null);
  assert.equal(decodePlacement(DEFAULT, 'echo=fast'), null);
  assert.equal(decodePlacement(DEFAULT, 'echo=kernel=x'), null);
  // unknown names and servers that cannot run in the kernel stay in user space
  assert.deepEqual(decodePlacement(DEFAULT, 'nosuch=kernel,shell=kernel,echo=kernel'),
    { ...presetChoice(DEFAULT, 'user'), echo: 'kernel' });
});
