// The lesson pane's address handling: which lesson ?lesson=ID names, and where a lesson's workspace is kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lessonFromUrl, lessonWorkspaceKey } from '../src/playground/lessons.js';

const at = (search) => ({ search });

test('?lesson=ID names a lesson; anything that is not a lesson id names none', () => {
  assert.equal(lessonFromUrl(at('?lesson=01-boot')), '01-boot');
  assert.equal(lessonFromUrl(at('?x=1&lesson=11-kv-store')), '11-kv-store');
  assert.equal(lessonFromUrl(at('')), null);
  assert.equal(lessonFromUrl(at('?lesson=')), null);
  assert.equal(lessonFromUrl(at('?lesson=..%2Fapi')), null);
  assert.equal(lessonFromUrl(at('?lesson=Boot')), null);
  assert.equal(lessonFromUrl(at('?lesson=%3Cscript%3E')), null);
  assert.equal(lessonFromUrl(at(`?lesson=${'a'.repeat(65)}`)), null);
});

test('each lesson has its own workspace key, apart from the scratch and module ones', () => {
  assert.equal(lessonWorkspaceKey('01-boot'), 'mkplay.files.lesson.01-boot');
  assert.notEqual(lessonWorkspaceKey('01-boot'), lessonWorkspaceKey('02-traps'));
});

test('switching to a lesson workspace keeps the one left as it was and restores the lesson one later', async () => {
  const { Workspace } = await import('../src/playground/workspace.js');
  const map = new Map();
  const storage = { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => map.set(k, v) };
  const starter = [{ name: 'Hello.java', content: '// TODO' }];
  const ws = new Workspace(storage, 'mkplay.files.scratch', [{ name: 'Mine.java', content: 'mine' }]);
  ws.setContent(ws.activeFile(), 'my edit');
  ws.switchTo(lessonWorkspaceKey('01-boot'), starter);
  assert.deepEqual(ws.snapshot(), starter);
  ws.setContent(ws.activeFile(), 'solved');
  assert.equal(JSON.parse(map.get('mkplay.files.scratch')).files[0].content, 'my edit');
  ws.switchTo('mkplay.files.scratch', []);
  assert.equal(ws.activeFile().content, 'my edit');
  ws.switchTo(lessonWorkspaceKey('01-boot'), starter);
  assert.equal(ws.activeFile().content, 'solved', 'a started lesson comes back as the learner left it');
  ws.switchTo(lessonWorkspaceKey('01-boot'), starter, { fromStarter: true });
  assert.deepEqual(ws.snapshot(), starter, 'back to the starter on request');
});

test('each check is shown with its line in the checks file: blank lines and # comments are not checks', async () => {
  const { checkLines } = await import('../src/playground/lessons.js');
  assert.deepEqual(checkLines('# lesson 3\nconsole line "hi"\n\n  # why\nnot panic\n'), [2, 5]);
  assert.deepEqual(checkLines(''), []);
});

test("a lesson's input is typed a line at a time, each with Enter", async () => {
  const { inputLines } = await import('../src/playground/machine.js');
  assert.deepEqual(inputLines('echo hi\r\nps\n'), ['echo hi\n', 'ps\n']);
  assert.deepEqual(inputLines('halt'), ['halt\n']);
  assert.deepEqual(inputLines('a\n\nb\n'), ['a\n', '\n', 'b\n']);
  assert.deepEqual(inputLines(null), []);
  assert.deepEqual(inputLines(''), []);
});
