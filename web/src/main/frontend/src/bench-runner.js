// Runs each benchmark workload to completion on a fresh machine and reports instructions and MIPS.
import { fetchImage } from './emulator.js';
import { mips } from './mips.js';
import { yieldToEventLoop } from './scheduler.js';

const SLICE = 2_000_000;
/** A workload that has not halted after this many instructions is reported as unfinished. */
const BUDGET = 2_000_000_000;

export async function runBenchmarks(emulator, workloads, post) {
  for (const name of workloads) {
    try {
      post({ type: 'bench-result', name, ...(await runWorkload(emulator, name)) });
    } catch (error) {
      post({ type: 'bench-result', name, error: String(error?.message ?? error) });
    }
  }
  post({ type: 'bench-done' });
}

async function runWorkload(emulator, name) {
  emulator.load(await fetchImage(`../images/bench/${name}.elf`));
  const decoder = new TextDecoder();
  let output = '';
  let runMs = 0;
  while (!emulator.halted() && emulator.instructions() < BUDGET) {
    const started = performance.now();
    const retired = emulator.run(SLICE);
    runMs += performance.now() - started;
    output += decoder.decode(emulator.drainOutput(), { stream: true });
    if (retired === 0 && !emulator.halted()) throw new Error('the hart waits for input that never comes');
    await yieldToEventLoop();
  }
  if (!emulator.halted()) throw new Error(`not finished after ${BUDGET} instructions`);
  const instructions = emulator.instructions();
  const exitStatus = emulator.exitStatus();
  return { instructions, seconds: runMs / 1000, mips: mips(instructions, runMs), exitStatus, output };
}
