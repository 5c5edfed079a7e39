// The system views (Processes, IPC timeline): one TraceModel fed by the worker's trace batches, drawn at most once
// per animation frame, and only the visible tab. A new boot or a reset starts an empty model.
import { FIELDS, TraceModel } from './trace.js';
import { breakCommand, ProcessesView } from './processes.js';
import { CapabilitiesView } from './capabilities.js';
import { TimelineView } from './timeline.js';

const $ = (id) => document.getElementById(id);
/** The table is rebuilt at most this often (its DOM is dearer than a canvas frame). */
const TABLE_INTERVAL_MS = 250;

export class SystemViews {
  constructor(machine) {
    this.model = new TraceModel();
    const encoder = new TextEncoder();
    this.processes = new ProcessesView($('processes'), this.model,
      (action, name) => machine.input(encoder.encode(breakCommand(action, name))));
    this.capabilities = new CapabilitiesView($('capabilities'), this.model);
    this.timeline = new TimelineView({
      canvas: $('timeline-canvas'), list: $('timeline-events'), details: $('timeline-details'),
      summary: $('timeline-summary'), container: $('timeline'),
      buttons: { zoomIn: $('timeline-zoom-in'), zoomOut: $('timeline-zoom-out'), fit: $('timeline-fit'),
        follow: $('timeline-follow') },
    }, this.model);
    this.frame = 0;
    this.tableDrawnAt = 0;
    machine.onTrace = (kind, message) => this.receive(kind, message);
    // a tab shown after records arrived is drawn at once
    const observer = new MutationObserver(() => this.schedule());
    for (const panel of [$('panel-processes'), $('panel-timeline'), $('panel-capabilities')]) observer.observe(panel, { attributes: true, attributeFilter: ['hidden'] });
    window.addEventListener('resize', () => this.schedule());
    this.processes.render();
    this.capabilities.render();
  }

  receive(kind, message) {
    if (kind === 'boot') this.model.reset();
    else if (kind === 'programs') this.model.setPrograms(message.programs);
    else if (kind === 'records') this.model.add(message.records, message.dropped);
    this.schedule();
  }

  schedule() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  draw() {
    if (!$('panel-timeline').hidden) this.timeline.render();
    const table = !$('panel-processes').hidden ? this.processes
      : !$('panel-capabilities').hidden ? this.capabilities : null;
    if (table) {
      const now = performance.now();
      if (now - this.tableDrawnAt < TABLE_INTERVAL_MS) {
        setTimeout(() => this.schedule(), TABLE_INTERVAL_MS);
        return;
      }
      this.tableDrawnAt = now;
      table.render();
    }
  }

  /**
   * The timeline's throughput: feeds `total` synthetic records (round trips between two threads, 7 records each,
   * in batches the size of a worker slice's) through the model and draws a frame after each batch, as the page
   * does with real batches. Returns records per second of wall-clock time; the model is reset afterwards.
   */
  bench(total, batchRecords = 10_000) {
    const model = this.model;
    model.reset();
    const batch = new Float64Array(batchRecords * FIELDS);
    let instret = 0, fed = 0;
    const started = performance.now();
    while (fed < total) {
      const n = Math.min(batchRecords, total - fed);
      for (let i = 0; i < n; i++) {
        const step = (fed + i) % 7;
        const o = i * FIELDS;
        instret += 150;
        // SEND 1>0, RECEIVE 0>1, SWITCH 1>0, SPACE, REPLY 0>1, SWITCH 0>1, SPACE
        const type = [1, 2, 5, 6, 3, 5, 6][step];
        const actor = [1, 0, 1, 0, 0, 0, 1][step], peer = [0, 1, 0, 0xFFFFFFFF, 1, 1, 0xFFFFFFFF][step];
        batch.set([type, 0, instret, actor, peer, 0, 1 + (fed + i) % 8, 2], o);
      }
      model.add(n === batchRecords ? batch : batch.subarray(0, n * FIELDS));
      this.timeline.render();
      fed += n;
    }
    const seconds = (performance.now() - started) / 1000;
    const result = { records: model.records, messages: model.messages, seconds, recordsPerSecond: total / seconds,
      arrowsDrawn: Number($('timeline').dataset.arrowsDrawn) };
    model.reset();
    this.schedule();
    return result;
  }
}
