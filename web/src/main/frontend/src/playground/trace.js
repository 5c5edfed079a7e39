// The kernel's trace records on the page (docs/kernel.md, "Trace records"). The worker posts them in batches as a
// Float64Array, FIELDS numbers per record, in the order of the bridge's TraceRing (web/src/main/java/org/mkplay/web/
// TraceRing.java), whose fields are vmmagic's TraceRecord decoded on the JVM: this file only names them.
// TraceModel turns the records into what the Processes table and the IPC timeline show, with a bounded history.

export const FIELDS = 8;
export const SEND = 1, RECEIVE = 2, REPLY = 3, NOTIFY = 4, SWITCH = 5, SPACE = 6, FAULT = 7, SPAWN = 8, EXIT = 9,
  KILL = 10, RESTART = 11, CAP = 12;
export const TYPE_NAMES = ['?', 'SEND', 'RECEIVE', 'REPLY', 'NOTIFY', 'SWITCH', 'SPACE', 'FAULT', 'SPAWN', 'EXIT',
  'KILL', 'RESTART', 'CAP'];
/** Capability types and rights (vmmagic Abi CAP_* and RIGHT_*), for the Capabilities tab. */
export const CAP_TYPES = ['empty', 'endpoint', 'notification', 'frame', 'process', 'irq']; // vmmagic's Abi.CAP_*
const RIGHTS = [[1, 'send'], [2, 'receive'], [4, 'grant'], [8, 'read'], [16, 'write'], [32, 'exec'], [64, 'control']];

export function rightsText(rights) {
  const names = RIGHTS.filter(([bit]) => (rights & bit) !== 0).map(([, name]) => name);
  return names.length > 0 ? names.join(', ') : 'none';
}
/** A thread id that names no thread. */
export const NONE = 0xFFFFFFFF;
/** Message info (vmmagic Abi): words in bits 2..0, buffer bytes in bits 28..16, the label in bits 63..32. */
const WORDS_MASK = 0x7, BUFFER_SHIFT = 16, BUFFER_MASK = 0x1FFF;

/** One record of a batch, as an object (the fields of TraceRecord; value split in its two 32-bit halves). */
export function recordAt(batch, index) {
  const o = index * FIELDS;
  const record = {
    type: batch[o], cause: batch[o + 1], instret: batch[o + 2], actor: batch[o + 3], peer: batch[o + 4],
    object: batch[o + 5], valueHigh: batch[o + 6], valueLow: batch[o + 7],
  };
  record.name = TYPE_NAMES[record.type] ?? '?';
  if (record.type === SEND || record.type === RECEIVE || record.type === REPLY) {
    record.label = record.valueHigh;
    record.words = record.valueLow & WORDS_MASK;
    record.bufferBytes = (record.valueLow >>> BUFFER_SHIFT) & BUFFER_MASK;
    record.length = 8 * record.words + record.bufferBytes;
  } else if (record.type === CAP) {
    // ARG2: slot 15..0, type 23..16, rights 31..24, object id 63..32. The batch holds ARG2 as a signed 64-bit
    // value in a double: exact for the small ids of this kernel, and for none (id 0xFFFF_FFFF) a negative number
    // (-2^32 + the low half), also exact. Division, not bit operations, which would cut it to 32 bits.
    const low = ((record.object % 2 ** 32) + 2 ** 32) % 2 ** 32;
    record.slot = low % 2 ** 16;
    record.capType = Math.floor(low / 2 ** 16) % 256;
    record.rights = Math.floor(low / 2 ** 24) % 256;
    record.objectId = record.object < 0 ? NONE : Math.floor(record.object / 2 ** 32);
    record.badge = record.valueHigh * 2 ** 32 + record.valueLow;
  }
  return record;
}

/**
 * The user programs packed into a kernel image (docs/kernel.md, "Packing user programs into the image"): the
 * PT_LOAD segment at 0x8780_0000 holds the magic "MKUSERS1", the count, then per program 232 bytes (UserImages
 * ENTRY_SIZE): offset, length, name (16 bytes, ASCII), priority (bit 8: held for the supervisor's SPAWN), 24 grant
 * words. Process i of the boot is program i. Returns [] for an image without programs.
 */
export function packedPrograms(elf) {
  const TABLE = 0x8780_0000n, MAGIC = 0x3153_5245_5355_4B4Dn, ENTRY = 232, HEADER = 16, HELD = 0x100n;
  const bytes = elf instanceof Uint8Array ? elf : new Uint8Array(elf);
  if (bytes.length < 64 || bytes[0] !== 0x7f || bytes[1] !== 0x45) return [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const phoff = Number(view.getBigUint64(0x20, true));
  const phentsize = view.getUint16(0x36, true), phnum = view.getUint16(0x38, true);
  for (let k = 0; k < phnum; k++) {
    const h = phoff + k * phentsize;
    if (h + 56 > bytes.length || view.getUint32(h, true) !== 1 || view.getBigUint64(h + 16, true) !== TABLE) continue;
    const at = Number(view.getBigUint64(h + 8, true));
    if (at + HEADER > bytes.length || view.getBigUint64(at, true) !== MAGIC) return [];
    const count = Math.min(16, Number(view.getBigUint64(at + 8, true)));
    const programs = [];
    for (let i = 0; i < count && at + HEADER + (i + 1) * ENTRY <= bytes.length; i++) {
      const entry = at + HEADER + i * ENTRY;
      let name = '';
      for (let c = 0; c < 16 && bytes[entry + 16 + c] !== 0; c++) name += String.fromCharCode(bytes[entry + 16 + c] & 0x7f);
      programs.push({ name, priority: Number(view.getBigUint64(entry + 32, true) & ~HELD) });
    }
    return programs;
  }
  return [];
}

/** Kinds of timeline events: an arrow (a message delivered), a mark on one lane, a run of a thread. */
export const ARROW = 'arrow', MARK = 'mark';

/**
 * What the records say about the threads and their messages. Threads carry the counts the Processes table shows;
 * events (arrows, faults, exits, spawns, restarts, notifications) and runs (a thread on the processor from one
 * SWITCH to the next) feed the timeline, each list keeping only its newest `historyLimit` entries.
 */
export class TraceModel {
  constructor({ historyLimit = 50_000 } = {}) {
    this.historyLimit = historyLimit;
    this.programs = [];
    this.reset();
  }

  reset() {
    this.threads = new Map();
    /** Per thread (its process's table), slot number -> {slot, capType, rights, objectId, badge}. */
    this.caps = new Map();
    this.events = [];
    this.runs = [];
    this.current = NONE;
    this.switchedAt = 0;
    this.lastInstret = 0;
    this.records = 0;
    this.messages = 0;
    this.faults = 0;
    this.dropped = 0;
    this.version = 0;
  }

  /** Names and priorities by process id (packedPrograms of the booted image). */
  setPrograms(programs) {
    this.programs = programs;
    for (const thread of this.threads.values()) this.describe(thread);
  }

  thread(tid) {
    let thread = this.threads.get(tid);
    if (!thread) {
      thread = { tid, pid: null, name: null, priority: null, state: 'ready', instructions: 0, faults: 0, restarts: 0,
        messages: 0, last: 0 };
      this.threads.set(tid, thread);
    }
    return thread;
  }

  describe(thread) {
    const program = thread.pid === null ? null : this.programs[thread.pid];
    if (program) {
      thread.name = program.name;
      thread.priority = program.priority;
    }
  }

  /** Instructions the thread ran (the running one up to the newest record). */
  instructionsOf(thread) {
    return thread.instructions + (thread.tid === this.current ? this.lastInstret - this.switchedAt : 0);
  }

  /** Adds a batch (Float64Array, FIELDS numbers per record); `dropped` is the worker's count of lost records. */
  add(batch, dropped = this.dropped) {
    const n = Math.floor(batch.length / FIELDS);
    for (let i = 0; i < n; i++) this.apply(recordAt(batch, i));
    this.dropped = dropped;
    this.trim();
    this.version++;
  }

  apply(r) {
    this.records++;
    this.lastInstret = Math.max(this.lastInstret, r.instret);
    const actor = r.actor === NONE ? null : this.thread(r.actor);
    const peer = r.peer === NONE ? null : this.thread(r.peer);
    if (actor && r.type !== SWITCH && r.type !== SPACE) actor.last = r.type;
    switch (r.type) {
      case SWITCH: this.contextSwitch(r, actor, peer); break;
      case RECEIVE: this.message(r, peer, actor); break;
      case REPLY: this.message(r, actor, peer); break;
      case SEND: if (actor) actor.messages++; break;
      case FAULT:
        this.faults++;
        actor.faults++;
        actor.state = 'faulted';
        this.mark(r, actor, `fault cause ${r.cause} at pc 0x${r.object.toString(16)}`);
        break;
      case EXIT: actor.state = 'exited'; this.mark(r, actor, `exit status ${r.valueLow | 0}`); break;
      case SPAWN: case RESTART: case KILL: this.lifecycle(r, peer); break;
      case CAP: this.capability(r); break;
      case NOTIFY: if (peer) this.arrow(r, actor ?? peer, peer, `notify bits 0x${r.valueLow.toString(16)}`); break;
      default: break;
    }
  }

  contextSwitch(r, from, to) {
    if (from) {
      from.instructions += r.instret - this.switchedAt;
      // switched away right after its own IPC record: it waits (for a reply or a message); else it was preempted
      if (from.state === 'running') from.state = [SEND, REPLY, RECEIVE].includes(from.last) ? 'blocked' : 'ready';
      this.closeRun(r.instret);
    }
    this.switchedAt = r.instret;
    this.current = to ? to.tid : NONE;
    if (to) {
      to.state = 'running';
      this.runs.push({ tid: to.tid, start: r.instret, end: null });
    }
  }

  closeRun(instret) {
    const run = this.runs[this.runs.length - 1];
    if (run && run.end === null) run.end = instret;
  }

  /** A message delivered from `from` to `to` (a RECEIVE: sender to receiver; a REPLY: server to caller). */
  message(r, from, to) {
    this.messages++;
    if (r.type === REPLY && from) from.messages++;
    this.arrow(r, from, to, `${r.name === 'REPLY' ? 'reply' : 'message'} label ${r.label}, ${r.length} bytes `
      + `(${r.words} word${r.words === 1 ? '' : 's'}, ${r.bufferBytes} buffer bytes)${r.type === RECEIVE ? `, endpoint ${r.object}` : ''}`);
  }

  arrow(r, from, to, text) {
    if (!from || !to) return;
    this.events.push({ kind: ARROW, type: r.type, instret: r.instret, from: from.tid, to: to.tid, text,
      label: r.label, length: r.length });
  }

  mark(r, thread, text) {
    this.events.push({ kind: MARK, type: r.type, instret: r.instret, from: thread.tid, to: thread.tid, text });
  }

  lifecycle(r, thread) {
    if (!thread) return;
    thread.pid = r.object;
    this.describe(thread);
    if (r.type === KILL) {
      thread.state = 'killed';
    } else {
      if (r.type === RESTART) thread.restarts++;
      thread.state = 'ready';
    }
    this.mark(r, thread, `${r.name.toLowerCase()} process ${r.object} generation ${r.valueLow}`);
  }

  capability(r) {
    if (!this.caps.has(r.actor)) this.caps.set(r.actor, new Map());
    const table = this.caps.get(r.actor);
    if (r.capType === 0) table.delete(r.slot);
    else table.set(r.slot, { slot: r.slot, capType: r.capType, rights: r.rights, objectId: r.objectId, badge: r.badge });
  }

  trim() {
    if (this.events.length > this.historyLimit * 1.25) this.events = this.events.slice(-this.historyLimit);
    if (this.runs.length > this.historyLimit * 1.25) this.runs = this.runs.slice(-this.historyLimit);
  }

  /** The threads in id order (the lanes of the timeline, the rows of the table). */
  threadList() {
    return [...this.threads.values()].sort((a, b) => a.tid - b.tid);
  }

  /** The first index of `list` (sorted by instret) whose instret is at least `instret`. */
  static firstAtOrAfter(list, instret, key = (e) => e.instret) {
    let lo = 0, hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (key(list[mid]) < instret) lo = mid + 1; else hi = mid;
    }
    return lo;
  }
}

/** One line of the text alternative: instruction count, kind and threads, e.g. "81234: t1 → t0 message label 7 …". */
export function describeEvent(event, nameOf) {
  const who = event.kind === ARROW ? `${nameOf(event.from)} → ${nameOf(event.to)}` : nameOf(event.from);
  return `${event.instret}: ${who} ${event.text}`;
}
