// The playground page: console, status line and Run/Pause/Reset; the machine runs in the worker.
import { Console } from './console.js';

const DEMO_IMAGE = '../images/demo.elf';

const worker = new Worker('assets/worker.js');
const terminal = new Console(document.getElementById('console'), (bytes) =>
  worker.postMessage({ type: 'input', bytes: Array.from(bytes) }),
);
const status = {
  instructions: document.getElementById('status-instructions'),
  mips: document.getElementById('status-mips'),
  state: document.getElementById('status-state'),
  message: document.getElementById('status-message'),
};
const buttons = {
  run: document.getElementById('btn-run'),
  pause: document.getElementById('btn-pause'),
  reset: document.getElementById('btn-reset'),
};

/** Incremented by Reset; output the worker sent before it saw the reset is dropped. */
let generation = 0;

window.mkplay = { consoleText: () => terminal.text };

worker.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'output' && message.generation === generation) terminal.write(message.bytes);
  else if (message.type === 'status') showStatus(message);
};
worker.onerror = (event) => showStatus({ state: 'error', instructions: 0, mips: 0, message: event.message });

function showStatus({ state, instructions, mips, exitStatus, waiting, message }) {
  status.instructions.textContent = String(Math.round(instructions));
  status.mips.textContent = mips.toFixed(1);
  status.state.textContent = state;
  status.state.dataset.state = state;
  status.message.textContent = message ?? (exitStatus != null ? `exit status ${exitStatus}`
    : waiting ? 'waiting for input (wfi)' : '');
  status.message.dataset.kind = message ? 'error' : 'info';
  buttons.run.disabled = state !== 'paused';
  buttons.pause.disabled = state !== 'running';
  buttons.reset.disabled = state === 'loading' || state === 'error';
}

buttons.run.addEventListener('click', () => worker.postMessage({ type: 'run' }));
buttons.pause.addEventListener('click', () => worker.postMessage({ type: 'pause' }));
buttons.reset.addEventListener('click', () => {
  generation++;
  terminal.clear();
  worker.postMessage({ type: 'reset', generation });
  terminal.focus();
});

worker.postMessage({ type: 'boot', image: DEMO_IMAGE });
terminal.focus();
