// The IPC timeline tab: one lane per thread, time (instructions retired) to the right. A bar on a lane is the
// thread on the processor (so context switches are where bars meet), an arrow a message delivered (label and
// length beside it when there is room), a red cross a fault, marks for spawn, exit, kill and restart.
// Only what is visible is drawn (a binary search finds the first event of the window); the model keeps a bounded
// history. Zoom: wheel, the buttons, + and -; pan: drag, the arrow keys; Home shows everything kept, End follows
// the newest records. Hovering or clicking an arrow or mark shows it in the details line; the list below the
// canvas (the text alternative) holds the latest events.
import { ARROW, EXIT, FAULT, KILL, REPLY, RESTART, SPAWN, TraceModel, describeEvent } from './trace.js';

const LANE = 30, TOP = 22, GUTTER = 120, LIST_LENGTH = 25, MIN_SPAN = 200, DEFAULT_SPAN = 400_000;
const LABELS_BELOW = 60;
/** The page's dark palette (style.css): requests blue, replies green, faults red. */
const COLORS = { run: '#2b3d5c', arrow: '#88c0d0', reply: '#a3be8c', fault: '#ff7b86', mark: '#d8dee9',
  grid: '#252e44', text: '#d8dee9', selected: '#ebcb8b' };

export class TimelineView {
  constructor({ canvas, list, details, summary, container, buttons }, model) {
    this.canvas = canvas;
    this.list = list;
    this.details = details;
    this.summary = summary;
    this.container = container;
    this.model = model;
    this.span = DEFAULT_SPAN;
    this.end = 0;
    this.follow = true;
    this.shapes = [];
    this.selected = null;
    this.listVersion = -1;
    this.bind(buttons);
  }

  bind(buttons) {
    buttons.zoomIn.addEventListener('click', () => this.zoom(0.5));
    buttons.zoomOut.addEventListener('click', () => this.zoom(2));
    buttons.fit.addEventListener('click', () => this.fit());
    buttons.follow.addEventListener('click', () => this.followLive());
    this.canvas.addEventListener('wheel', (event) => {
      event.preventDefault();
      this.zoom(event.deltaY > 0 ? 1.25 : 0.8, this.instretAt(event.offsetX));
    }, { passive: false });
    this.canvas.addEventListener('keydown', (event) => this.key(event));
    this.canvas.addEventListener('pointerdown', (event) => this.drag(event));
    this.canvas.addEventListener('pointermove', (event) => { if (!this.dragging) this.pick(event.offsetX, event.offsetY, false); });
    this.canvas.addEventListener('click', (event) => this.pick(event.offsetX, event.offsetY, true));
  }

  key(event) {
    const step = this.span / 5;
    const actions = {
      '+': () => this.zoom(0.5), '=': () => this.zoom(0.5), '-': () => this.zoom(2),
      ArrowLeft: () => this.pan(-step), ArrowRight: () => this.pan(step), Home: () => this.fit(), End: () => this.followLive(),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  drag(down) {
    const startX = down.clientX, startEnd = this.end;
    let moved = false;
    this.canvas.setPointerCapture(down.pointerId);
    const move = (event) => {
      if (Math.abs(event.clientX - startX) > 3) moved = true;
      if (!moved) return;
      this.dragging = true;
      this.follow = false;
      this.end = startEnd - ((event.clientX - startX) / this.plotWidth()) * this.span;
      this.render();
    };
    const up = () => {
      this.canvas.removeEventListener('pointermove', move);
      this.canvas.removeEventListener('pointerup', up);
      setTimeout(() => { this.dragging = false; }, 0);
    };
    this.canvas.addEventListener('pointermove', move);
    this.canvas.addEventListener('pointerup', up);
  }

  /** Zooms by factor (below 1: in) around the instruction count `at` (default: the window's middle). */
  zoom(factor, at = this.end - this.span / 2) {
    const span = Math.max(MIN_SPAN, this.span * factor);
    const fraction = (this.end - at) / this.span;
    this.end = at + fraction * span;
    this.span = span;
    if (factor < 1) this.follow = false;
    this.render();
  }

  pan(delta) {
    this.follow = false;
    this.end += delta;
    this.render();
  }

  /** Everything the model still holds. */
  fit() {
    const first = this.model.runs[0]?.start ?? this.model.events[0]?.instret ?? 0;
    this.follow = false;
    this.end = this.model.lastInstret;
    this.span = Math.max(MIN_SPAN, this.model.lastInstret - first);
    this.render();
  }

  followLive() {
    this.follow = true;
    this.render();
  }

  plotWidth() {
    return Math.max(1, this.canvas.clientWidth - GUTTER - 10);
  }

  x(instret) {
    return GUTTER + ((instret - (this.end - this.span)) / this.span) * this.plotWidth();
  }

  instretAt(x) {
    return this.end - this.span + ((x - GUTTER) / this.plotWidth()) * this.span;
  }

  render() {
    const lanes = this.model.threadList();
    const laneOf = new Map(lanes.map((thread, index) => [thread.tid, index]));
    if (this.follow) this.end = Math.max(this.model.lastInstret, this.span / 4);
    const ctx = this.prepare(lanes.length);
    const start = this.end - this.span;
    this.shapes = [];
    this.drawLanes(ctx, lanes);
    this.drawRuns(ctx, laneOf, start);
    const counts = this.drawEvents(ctx, laneOf, start);
    this.container.dataset.messages = String(this.model.messages);
    this.container.dataset.faults = String(this.model.faults);
    this.container.dataset.arrowsDrawn = String(counts.arrows);
    this.container.dataset.faultsDrawn = String(counts.faults);
    this.container.dataset.follow = String(this.follow);
    this.canvas.setAttribute('aria-label', `IPC timeline of ${lanes.length} threads: ${this.model.messages} messages and `
      + `${this.model.faults} faults so far; instructions ${Math.round(start)} to ${Math.round(this.end)} shown, with `
      + `${counts.arrows} arrows. The list below holds the latest events in text.`);
    this.renderList();
  }

  prepare(laneCount) {
    const ratio = window.devicePixelRatio || 1;
    const width = this.canvas.clientWidth || 600;
    const height = TOP + Math.max(1, laneCount) * LANE + 8;
    this.canvas.style.height = `${height}px`;
    if (this.canvas.width !== Math.round(width * ratio) || this.canvas.height !== Math.round(height * ratio)) {
      this.canvas.width = Math.round(width * ratio);
      this.canvas.height = Math.round(height * ratio);
    }
    const ctx = this.canvas.getContext('2d');
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.font = '12px system-ui, sans-serif';
    ctx.fillStyle = COLORS.text;
    ctx.fillText(`instructions ${Math.round(this.end - this.span)} … ${Math.round(this.end)}`, GUTTER, 14);
    return ctx;
  }

  drawLanes(ctx, lanes) {
    lanes.forEach((thread, index) => {
      const y = TOP + index * LANE;
      ctx.fillStyle = COLORS.text;
      ctx.fillText(`${thread.name ?? 'thread'} (t${thread.tid})`.slice(0, 18), 4, y + LANE / 2 + 4);
      ctx.strokeStyle = COLORS.grid;
      ctx.beginPath();
      ctx.moveTo(GUTTER, y + LANE - 0.5);
      ctx.lineTo(GUTTER + this.plotWidth(), y + LANE - 0.5);
      ctx.stroke();
    });
  }

  /** Bars: the threads on the processor; a run still open ends at the newest record. */
  drawRuns(ctx, laneOf, start) {
    const runs = this.model.runs;
    let i = Math.max(0, TraceModel.firstAtOrAfter(runs, start, (r) => r.end ?? Infinity) - 1);
    ctx.fillStyle = COLORS.run;
    for (; i < runs.length && runs[i].start <= this.end; i++) {
      const run = runs[i];
      const lane = laneOf.get(run.tid);
      const x1 = Math.max(GUTTER, this.x(run.start));
      const x2 = Math.min(GUTTER + this.plotWidth(), this.x(run.end ?? this.model.lastInstret));
      if (lane === undefined || x2 < GUTTER) continue;
      ctx.fillRect(x1, TOP + lane * LANE + 4, Math.max(1, x2 - x1), LANE - 8);
    }
  }

  drawEvents(ctx, laneOf, start) {
    const events = this.model.events;
    const first = TraceModel.firstAtOrAfter(events, start);
    let last = first;
    while (last < events.length && events[last].instret <= this.end) last++;
    const labels = last - first <= LABELS_BELOW;
    const counts = { arrows: 0, faults: 0 };
    for (let i = first; i < last; i++) {
      const event = events[i];
      const from = laneOf.get(event.from), to = laneOf.get(event.to);
      if (from === undefined || to === undefined) continue;
      const x = this.x(event.instret);
      if (event.kind === ARROW) {
        this.drawArrow(ctx, event, x, from, to, labels);
        counts.arrows++;
      } else {
        this.drawMark(ctx, event, x, from);
        if (event.type === FAULT) counts.faults++;
      }
    }
    return counts;
  }

  drawArrow(ctx, event, x, from, to, labels) {
    const y1 = TOP + from * LANE + LANE / 2, y2 = TOP + to * LANE + LANE / 2;
    const down = y2 > y1 ? 1 : -1;
    ctx.strokeStyle = ctx.fillStyle = event === this.selected ? COLORS.selected
      : event.type === REPLY ? COLORS.reply : COLORS.arrow;
    ctx.beginPath();
    ctx.moveTo(x, y1);
    ctx.lineTo(x, y2 - down * 3);
    ctx.stroke();
    ctx.beginPath();
    ctx.moveTo(x, y2);
    ctx.lineTo(x - 3, y2 - down * 6);
    ctx.lineTo(x + 3, y2 - down * 6);
    ctx.fill();
    if (labels && event.label !== undefined) ctx.fillText(`${event.label}/${event.length}B`, x + 3, (y1 + y2) / 2);
    this.shapes.push({ x, y1: Math.min(y1, y2), y2: Math.max(y1, y2), event });
  }

  drawMark(ctx, event, x, lane) {
    const y = TOP + lane * LANE + LANE / 2;
    ctx.strokeStyle = ctx.fillStyle = event === this.selected ? COLORS.selected
      : event.type === FAULT || event.type === KILL ? COLORS.fault : COLORS.mark;
    ctx.lineWidth = 2;
    ctx.beginPath();
    if (event.type === FAULT || event.type === KILL) {
      ctx.moveTo(x - 5, y - 5); ctx.lineTo(x + 5, y + 5); ctx.moveTo(x + 5, y - 5); ctx.lineTo(x - 5, y + 5);
      ctx.stroke();
      ctx.fillText(event.type === FAULT ? 'fault' : 'kill', x + 7, y - 4);
    } else if (event.type === EXIT) {
      ctx.fillRect(x - 4, y - 4, 8, 8);
    } else if (event.type === SPAWN || event.type === RESTART) {
      ctx.moveTo(x - 3, y - 6); ctx.lineTo(x + 5, y); ctx.lineTo(x - 3, y + 6); ctx.closePath(); ctx.fill();
      if (event.type === RESTART) ctx.fillText('restart', x + 7, y - 4);
    } else {
      ctx.arc(x, y, 3, 0, 2 * Math.PI); ctx.fill();
    }
    ctx.lineWidth = 1;
    this.shapes.push({ x, y1: y - 6, y2: y + 6, event });
  }

  /** The arrow or mark nearest to (x, y) within a few pixels; a click keeps it selected. */
  pick(x, y, select) {
    let best = null, distance = 6;
    for (const shape of this.shapes) {
      const dx = Math.abs(shape.x - x);
      if (dx < distance && y >= shape.y1 - 4 && y <= shape.y2 + 4) {
        best = shape;
        distance = dx;
      }
    }
    if (select) {
      this.selected = best?.event ?? null;
      this.render();
    }
    const shown = best?.event ?? this.selected;
    this.details.textContent = shown ? describeEvent(shown, (tid) => this.nameOf(tid))
      : 'Hover over or click an arrow or a mark to see it here.';
  }

  /** Where the first arrow drawn is, in the canvas's CSS pixels (null if none): for tests and tools. */
  arrowAt() {
    const shape = this.shapes.find((s) => s.event.kind === ARROW);
    return shape ? { x: shape.x, y: (shape.y1 + shape.y2) / 2 } : null;
  }

  nameOf(tid) {
    const thread = this.model.threads.get(tid);
    return thread?.name ? `${thread.name} (t${tid})` : `t${tid}`;
  }

  /** The text alternative: the newest events, newest first (rebuilt only when records arrived). */
  renderList() {
    if (this.listVersion === this.model.version) return;
    this.listVersion = this.model.version;
    const events = this.model.events;
    const items = [];
    for (let i = events.length - 1; i >= 0 && items.length < LIST_LENGTH; i--) {
      const item = document.createElement('li');
      item.textContent = describeEvent(events[i], (tid) => this.nameOf(tid));
      item.dataset.type = String(events[i].type);
      items.push(item);
    }
    this.list.replaceChildren(...items);
    this.summary.textContent = `${this.model.messages} messages, ${this.model.faults} faults, `
      + `${this.model.threads.size} threads, ${this.model.records} records`
      + (this.model.dropped > 0 ? ` (${this.model.dropped} dropped by the worker)` : '');
  }
}
