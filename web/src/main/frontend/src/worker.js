// The emulator's thread: the page never runs the machine. It runs in slices of SLICE instructions and posts
// UART output and status to the page after each slice.
import { fetchImage, loadEmulator } from './emulator.js';
import { sleep, yieldToEventLoop } from './scheduler.js';
import { MipsMeter } from './mips.js';
import { runBenchmarks } from './bench-runner.js';
import { packedPrograms } from './playground/trace.js';

const SLICE = 2_000_000;
/** The default system's image per placement (GuestImageWriter copies them from the system module's build). */
const SYSTEM_IMAGES = { user: 'system.elf', kernel: 'system-kernel.elf', mixed: 'system-mixed.elf' };
/** A hart waiting in wfi with nothing to wake it is polled at this interval (input may arrive). */
const IDLE_POLL_MS = 20;
const STATUS_INTERVAL_MS = 200;

let emulator = null;
/** A lesson's input lines still to type (one each time the machine waits for input), and all of them for a reset. */
let pendingInput = [];
let bootInput = [];
/** A lesson's instruction budget: the machine pauses when it is spent (null: no limit). */
let budget = null;
const encoder = new TextEncoder();
let state = 'loading';
let runToken = 0;
/** The page's reset count: output tagged with an older one was produced before the reset and is dropped. */
let generation = 0;
const meter = new MipsMeter();

/** The WebAssembly module is compiled once; every boot reuses it. */
let emulatorLoading = null;
const emulatorInstance = () => (emulatorLoading ??= loadEmulator());

const handlers = {
  /** Loads an image (a URL to fetch, or the bytes of an ELF) into a fresh machine and runs it. */
  async boot({ image, generation: bootGeneration, input = [], budget: limit = null }) {
    runToken++;
    bootInput = input;
    pendingInput = [...input];
    budget = limit;
    if (bootGeneration !== undefined) generation = bootGeneration;
    state = 'loading';
    try {
      emulator = await emulatorInstance();
      const elf = typeof image === 'string' ? await fetchImage(image) : new Uint8Array(image);
      if (bootGeneration !== undefined && bootGeneration !== generation) return; // a newer boot overtook this one
      emulator.load(elf);
      // the names and priorities of the image's user programs, for the Processes table ([] for a bare-metal image)
      self.postMessage({ type: 'programs', programs: packedPrograms(elf), generation });
      state = 'paused';
      meter.restart(0);
      startRunning();
    } catch (error) {
      fail(error);
    }
  },
  run: () => startRunning(),
  pause: () => pause(),
  /** Like a board's reset button: the machine restarts from the loaded image; a paused machine stays paused. */
  reset(message) {
    generation = message.generation;
    if (!emulator || state === 'error') return;
    const keepPaused = state === 'paused';
    runToken++;
    emulator.reset();
    pendingInput = [...bootInput];
    state = 'paused';
    meter.restart(0);
    postStatus();
    if (!keepPaused) startRunning();
  },
  input({ bytes }) {
    if (state === 'running' || state === 'paused') for (const octet of bytes) emulator.pushInput(octet);
  },
  /** A lesson's checks against the run so far (the whole run: every record, whatever the page drained). */
  checks({ checks, generation: asked }) {
    if (asked !== generation) return;
    let report;
    try {
      report = emulator && state !== 'loading' && state !== 'error'
        ? emulator.evaluateChecks(checks)
        : { error: 'nothing has run yet', records: 0, verdicts: [] };
    } catch (error) {
      report = { error: `the checks could not be evaluated: ${error?.message ?? error}`, records: 0, verdicts: [] };
    }
    self.postMessage({ type: 'checks', report, generation });
  },
  /**
   * The system benchmark (docs/benchmarks.md) in a worker of its own: each placement's image booted on a machine of
   * the bridge's own by SystemBench, one result message per placement ({placement, figures} or {placement, error}).
   */
  async systemBench({ placements, workloads, shortRuns, longRuns }) {
    try {
      emulator = await emulatorInstance();
    } catch (error) {
      fail(error);
      return;
    }
    for (const placement of placements) {
      let result;
      try {
        const image = await fetchImage(`../images/${SYSTEM_IMAGES[placement]}`);
        result = JSON.parse(emulator.benchSystem(image, placement, workloads.join(','), shortRuns, longRuns));
      } catch (error) {
        result = { error: String(error?.message ?? error) };
      }
      self.postMessage(Array.isArray(result)
        ? { type: 'system-bench-result', placement, figures: result }
        : { type: 'system-bench-result', placement, error: result.error });
      await yieldToEventLoop();
    }
    self.postMessage({ type: 'system-bench-done' });
  },
  async bench({ workloads, engine = 'blocks' }) {
    try {
      emulator = await emulatorInstance();
    } catch (error) {
      fail(error);
      return;
    }
    emulator.useBlockEngine(engine !== 'steps');
    await runBenchmarks(emulator, workloads, (message) => self.postMessage(message));
  },
};

self.onmessage = (event) => handlers[event.data.type]?.(event.data);

function startRunning() {
  if (!emulator || state === 'running' || state === 'halted' || state === 'error') return;
  state = 'running';
  meter.restart(emulator.instructions());
  runSlices(++runToken);
}

/** Types the next line of a lesson's input, as a learner would at the prompt (LessonRunner does the same). */
function typeNextLine() {
  for (const octet of encoder.encode(pendingInput.shift())) emulator.pushInput(octet);
}

function pause() {
  runToken++;
  if (state === 'running') state = 'paused';
  postStatus();
}

/** Runs until paused, reset or halted: pause and reset take a new token, which ends this loop. */
async function runSlices(token) {
  let lastStatus = 0;
  while (token === runToken) {
    try {
      emulator.run(budget === null ? SLICE : Math.max(0, Math.min(SLICE, budget - emulator.instructions())));
    } catch (error) {
      fail(error);
      return;
    }
    postOutput();
    postTrace();
    if (emulator.halted()) state = 'halted';
    else if (budget !== null && emulator.instructions() >= budget) state = 'paused'; // the lesson's budget is spent
    else if (emulator.waiting() && pendingInput.length > 0) typeNextLine();
    if (state !== 'running' || performance.now() - lastStatus >= STATUS_INTERVAL_MS) {
      postStatus();
      lastStatus = performance.now();
    }
    if (state !== 'running') return;
    await (emulator.waiting() ? sleep(IDLE_POLL_MS) : yieldToEventLoop());
  }
}

function postOutput() {
  const bytes = emulator.drainOutput();
  if (bytes.length > 0) self.postMessage({ type: 'output', bytes, generation });
}

/** The kernel's trace records of the slice, one batch (transferred, not copied); none for a guest without them. */
function postTrace() {
  const records = emulator.drainTrace();
  if (records.length > 0) self.postMessage({ type: 'trace', records, dropped: emulator.traceDropped(), generation }, [records.buffer]);
}

function postStatus() {
  const instructions = emulator ? emulator.instructions() : 0;
  const mips = state === 'running' ? meter.sample(instructions) : meter.last;
  const exitStatus = state === 'halted' ? emulator.exitStatus() : null;
  const waiting = state === 'running' && emulator.waiting();
  const counters = emulator ? emulator.counters() : null;
  self.postMessage({ type: 'status', state, instructions, mips, exitStatus, waiting, counters, generation });
}

function fail(error) {
  runToken++;
  state = 'error';
  const message = String(error?.message ?? error);
  self.postMessage({ type: 'status', state, instructions: 0, mips: 0, message, generation });
}
