// The benchmark page: runs every workload listed in images/bench/index.json in the worker, one row each.
const table = document.querySelector('#bench-results tbody');
const note = document.getElementById('bench-note');
// ?engine=steps runs the hart's per-instruction loop instead of its block engine, to compare the two
const engine = new URLSearchParams(location.search).get('engine') === 'steps' ? 'steps' : 'blocks';
document.getElementById('bench-engine').textContent = engine;

async function workloadNames() {
  const response = await fetch('images/bench/index.json');
  if (!response.ok) throw new Error(`cannot fetch the workload list: HTTP ${response.status}`);
  return (await response.json()).workloads;
}

function addRow({ name, instructions, seconds, mips, exitStatus, error }) {
  const row = table.insertRow();
  row.dataset.workload = name;
  const cells = error
    ? [name, '—', '—', '—', error]
    : [name, String(instructions), seconds.toFixed(3), mips.toFixed(1), `exit ${exitStatus}`];
  if (!error) row.dataset.mips = mips.toFixed(1);
  for (const text of cells) row.insertCell().textContent = text;
}

function finish(text) {
  note.textContent = text;
  const done = document.createElement('p');
  done.id = 'bench-done';
  done.textContent = 'Done.';
  note.after(done);
}

async function main() {
  const worker = new Worker('assets/worker.js');
  worker.onmessage = ({ data }) => {
    if (data.type === 'bench-result') addRow(data);
    else if (data.type === 'bench-done') finish('All workloads finished.');
    else if (data.type === 'status' && data.state === 'error') finish(`Emulator failed: ${data.message}`);
  };
  worker.onerror = (event) => finish(`Worker failed: ${event.message}`);
  worker.postMessage({ type: 'bench', workloads: await workloadNames(), engine });
}

main().catch((error) => finish(String(error.message ?? error)));
