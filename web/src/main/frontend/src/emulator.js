// Worker-side wrapper around the TeaVM-compiled emulator (EmulatorBridge's exports).
/* global TeaVM, importScripts */

const wasmUrl = new URL('../wasm/classes.wasm', self.location.href).href;

export async function loadEmulator() {
  importScripts(new URL('../wasm/classes.wasm-runtime.js', self.location.href).href);
  const teavm = await TeaVM.wasmGC.load(wasmUrl);
  return new Emulator(teavm.exports);
}

export async function fetchImage(path) {
  const response = await fetch(new URL(path, self.location.href));
  if (!response.ok) throw new Error(`cannot fetch ${path}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

class Emulator {
  constructor(bridge) {
    this.bridge = bridge;
    this.counterNames = bridge.counterNames().split(',');
  }

  /** Loads an ELF image into a fresh machine; throws with the loader's message when it is rejected. */
  load(elf) {
    const error = this.bridge.load(elf);
    if (error) throw new Error(error);
  }

  /** The system benchmark of one placement's image on a machine of its own: the JSON text SystemReport writes. */
  benchSystem(image, placement, workloads, shortRuns, longRuns) {
    return this.bridge.benchSystem(image, placement, workloads, shortRuns, longRuns);
  }

  /** The hart's engine for the machines loaded from now on: blocks, or one instruction per dispatch. */
  useBlockEngine(blocks) {
    this.bridge.useBlockEngine(blocks);
  }

  run(maxInstructions) {
    return this.bridge.run(maxInstructions);
  }

  /** UART bytes sent since the last call, as a Uint8Array. */
  drainOutput() {
    const bytes = this.bridge.drainOutput();
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  }

  /**
   * The kernel's trace records since the last call: a Float64Array, FIELDS numbers per record (see
   * playground/trace.js and the bridge's TraceRing). A copy of its own buffer, so it can be transferred.
   */
  drainTrace() {
    const values = this.bridge.drainTrace();
    return Float64Array.from(values);
  }

  /** Records the bridge's ring overwrote because they were not drained in time (since the last load or reset). */
  traceDropped() {
    return this.bridge.traceDropped();
  }

  /**
   * Holds a lesson's checks file against the run since the last load or reset (EmulatorBridge.evaluateChecks):
   * {error, records, verdicts: [{line, source, passed, expected, observed}]}.
   */
  evaluateChecks(checks) {
    return JSON.parse(this.bridge.evaluateChecks(checks));
  }

  pushInput(octet) {
    this.bridge.pushInput(octet);
  }

  reset() {
    this.bridge.reset();
  }

  instructions() {
    return this.bridge.instructions();
  }

  /** The machine's event counts by name (instructions, traps, tlbMisses, cycles...). */
  counters() {
    const values = this.bridge.counters();
    const named = {};
    this.counterNames.forEach((name, index) => { named[name] = values[index]; });
    return named;
  }

  halted() {
    return this.bridge.halted();
  }

  waiting() {
    return this.bridge.waiting();
  }

  exitStatus() {
    return this.bridge.exitStatus();
  }
}
