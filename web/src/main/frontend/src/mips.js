// Million instructions per second over the last window of at least WINDOW_MS of wall time.
const WINDOW_MS = 150;

export class MipsMeter {
  constructor() {
    this.last = 0;
    this.restart(0);
  }

  restart(instructions) {
    this.instructions = instructions;
    this.time = performance.now();
  }

  sample(instructions) {
    const now = performance.now();
    const elapsedMs = now - this.time;
    if (elapsedMs >= WINDOW_MS) {
      this.last = mips(instructions - this.instructions, elapsedMs);
      this.restart(instructions);
    }
    return this.last;
  }
}

export function mips(instructions, elapsedMs) {
  return elapsedMs > 0 ? instructions / elapsedMs / 1000 : 0;
}
