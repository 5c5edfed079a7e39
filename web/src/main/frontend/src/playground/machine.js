// The page's side of the worker: boots images, forwards keystrokes, shows the worker's status (state line,
// Stop/Continue/Reset buttons, counters). Every boot and reset starts a new generation; output and status the
// worker sent for an older one are dropped, so nothing of a previous run reaches the console after a new one.

const $ = (id) => document.getElementById(id);
const COUNTERS = ['instructions', 'traps', 'exceptions', 'interrupts', 'contextSwitches', 'satpWrites', 'tlbMisses',
  'pageWalks', 'deviceAccesses', 'cycles'];

/** A lesson's input as the lines the worker types, each ending in Enter (null or '' gives none). */
export function inputLines(input) {
  if (!input) return [];
  const lines = input.replace(/\r\n/g, '\n').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => `${line}\n`);
}

export class Machine {
  constructor(worker, { terminal, onFirstOutput }) {
    this.worker = worker;
    this.terminal = terminal;
    this.onFirstOutput = onFirstOutput;
    this.onPhase = () => {};
    /** The kernel's trace: (kind, message) with kind 'boot' (a new machine), 'programs' or 'records'. */
    this.onTrace = () => {};
    /** A lesson's checks answered by the worker ({error, records, verdicts}); a status the worker sent. */
    this.onChecks = () => {};
    this.onStatusChange = () => {};
    /** A new machine booted or was reset: what ran before is gone. */
    this.onBootKind = () => {};
    /** What is booted: 'demo' (the shipped demo), 'system' (the shipped system image) or 'build' (a Run). */
    this.kind = null;
    this.generation = 0;
    this.booting = false;
    this.sawOutput = false;
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = (event) => this.showStatus({ state: 'error', instructions: 0, mips: 0, message: event.message });
  }

  /**
   * Boots a URL (the shipped image) or the bytes of an ELF (a build) into a fresh machine; a build's boot
   * reports the running phase to the progress strip when the worker starts it. A lesson's run also gives its
   * {@code input} (typed a line each time the machine waits for input) and {@code budget} (instructions, then the
   * machine pauses), as the JVM's LessonRunner runs it.
   */
  boot(image, { fromBuild = false, kind = fromBuild ? 'build' : 'system', input = null, budget = null } = {}) {
    this.generation++;
    this.booting = fromBuild;
    this.kind = kind;
    this.terminal.clear();
    this.onTrace('boot', {});
    this.onBootKind(kind);
    const lesson = { input: inputLines(input), budget };
    if (typeof image === 'string') {
      this.worker.postMessage({ type: 'boot', image, generation: this.generation, ...lesson });
    } else {
      this.worker.postMessage({ type: 'boot', image: image.buffer, generation: this.generation, ...lesson }, [image.buffer]);
    }
    this.terminal.focus();
  }

  input(bytes) {
    this.worker.postMessage({ type: 'input', bytes: Array.from(bytes) });
  }

  /** Asks the worker to hold a checks file against the run; the answer comes to onChecks. */
  evaluateChecks(checks) {
    this.worker.postMessage({ type: 'checks', checks, generation: this.generation });
  }

  pause() {
    this.worker.postMessage({ type: 'pause' });
  }

  resume() {
    this.worker.postMessage({ type: 'run' });
  }

  /** Clears the console and reboots the loaded image; a stopped machine stays stopped. */
  reset() {
    this.generation++;
    this.terminal.clear();
    this.onTrace('boot', {});
    this.onBootKind(this.kind);
    this.worker.postMessage({ type: 'reset', generation: this.generation });
    this.terminal.focus();
  }

  receive(message) {
    if (message.generation !== undefined && message.generation !== this.generation) return;
    if (message.type === 'output') {
      this.terminal.write(message.bytes);
      if (!this.sawOutput && message.bytes.length > 0) {
        this.sawOutput = true;
        this.onFirstOutput();
      }
    } else if (message.type === 'trace') {
      this.onTrace('records', message);
    } else if (message.type === 'programs') {
      this.onTrace('programs', message);
    } else if (message.type === 'checks') {
      this.onChecks(message.report);
    } else if (message.type === 'status') {
      this.showStatus(message);
      this.onStatusChange(message);
      if (this.booting && message.state !== 'loading') {
        this.booting = false;
        if (message.state !== 'error') this.onPhase('running');
      }
    }
  }

  showStatus({ state, instructions, mips, exitStatus, waiting, message, counters }) {
    $('status-instructions').textContent = String(Math.round(instructions));
    $('status-mips').textContent = mips.toFixed(1);
    $('status-state').textContent = state;
    $('status-state').dataset.state = state;
    this.showMessage(message ?? (exitStatus != null ? `exit status ${exitStatus}`
      : waiting ? 'waiting for input (wfi)' : ''), message ? 'error' : 'info');
    $('btn-continue').disabled = state !== 'paused';
    $('btn-pause').disabled = state !== 'running';
    $('btn-reset').disabled = state === 'loading' || state === 'error';
    if (counters) {
      for (const name of COUNTERS) $(`counter-${name}`).textContent = String(counters[name] ?? 0);
    }
    $('counter-mips').textContent = mips.toFixed(1);
  }

  showMessage(text, kind) {
    $('status-message').textContent = text;
    $('status-message').dataset.kind = kind;
  }
}
