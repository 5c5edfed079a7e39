// TinyEMU's WebAssembly build (tinyemu_peer.c with TinyEMU's sources, compiled by emscripten) in a worker: one
// instance for every run; each run writes the image into emscripten's file system, loads a fresh machine and
// times peer_run() from here, which ends when the guest powers off (TinyEMU's exit(0), thrown as ExitStatus).
/* global TinyEmuPeer, importScripts */
importScripts('tinyemu-peer.js');

let transcript = '';
const instance = TinyEmuPeer({
  noExitRuntime: true, // the power-off throws ExitStatus back to us instead of ending the instance
  print: (line) => { transcript += line + '\n'; },
  printErr: (line) => { transcript += line + '\n'; },
});

async function run(name) {
  const module = await instance;
  const response = await fetch(`../images/bench/${name}.bin`);
  if (!response.ok) return { error: `cannot fetch ${name}.bin: HTTP ${response.status}` };
  module.FS.writeFile('/image.bin', new Uint8Array(await response.arrayBuffer()));
  transcript = '';
  if (!module.ccall('peer_load', 'number', ['string'], ['/image.bin'])) return { error: 'TinyEMU refused the image' };
  const started = performance.now();
  let exitStatus = null;
  try {
    module.ccall('peer_run', null, [], []);
  } catch (thrown) {
    if (thrown?.name !== 'ExitStatus') return { error: String(thrown?.message ?? thrown) };
    exitStatus = thrown.status;
  }
  const seconds = (performance.now() - started) / 1000;
  if (exitStatus === null) return { error: 'the guest did not power off', output: transcript };
  return { seconds, exitStatus, output: transcript };
}

self.onmessage = async ({ data }) => {
  let result;
  try {
    result = await run(data.name);
  } catch (error) {
    result = { error: String(error?.message ?? error) };
  }
  self.postMessage({ type: 'tinyemu-result', name: data.name, ...result });
};
