// Yields to the worker's event loop between slices without setTimeout's minimum delay,
// so messages from the page (keystrokes, pause) are handled between two slices.
const channel = new MessageChannel();
const pending = [];
channel.port1.onmessage = () => pending.shift()();

export function yieldToEventLoop() {
  return new Promise((resolve) => {
    pending.push(resolve);
    channel.port2.postMessage(null);
  });
}

export function sleep(milliseconds) {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
