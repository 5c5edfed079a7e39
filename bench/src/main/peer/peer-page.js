// Runs each image of ?workloads=a,b on our emulator (the playground's worker and its bench runner, the same code
// as the bench page) and on TinyEMU (tinyemu-worker.js), alternating, ?repeat=N times each, and logs one line
// per run to the console: "PEER {json}"; "PEER-DONE" at the end. scripts/peer-tinyemu reads Chromium's log.
const params = new URLSearchParams(location.search);
const workloads = (params.get('workloads') ?? '').split(',').filter(Boolean);
const repeat = Number(params.get('repeat') ?? '3');

/** Posts a request to a worker and resolves with the first reply of the given type (or an error). */
function ask(worker, message, replyType) {
  return new Promise((resolve) => {
    worker.onmessage = ({ data }) => {
      if (data.type === replyType) resolve(data);
      else if (data.type === 'status' && data.state === 'error') resolve({ error: data.message });
    };
    worker.onerror = (event) => resolve({ error: event.message });
    worker.postMessage(message);
  });
}

const ours = new Worker('assets/worker.js');
const tinyemu = new Worker('tinyemu/tinyemu-worker.js');

async function main() {
  for (const name of workloads) {
    for (let run = 1; run <= repeat; run++) {
      const mine = await ask(ours, { type: 'bench', workloads: [name] }, 'bench-result');
      console.log('PEER ' + JSON.stringify({ engine: 'ours-wasm', name, run, ...mine }));
      const theirs = await ask(tinyemu, { type: 'run', name }, 'tinyemu-result');
      console.log('PEER ' + JSON.stringify({ engine: 'tinyemu-wasm', name, run, ...theirs }));
    }
  }
}

main()
  .catch((error) => console.log('PEER ' + JSON.stringify({ error: String(error?.message ?? error) })))
  .finally(() => {
    document.getElementById('peer-status').textContent = 'done';
    console.log('PEER-DONE');
  });
