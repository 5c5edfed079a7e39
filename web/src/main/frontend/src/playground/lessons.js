// The lesson pane: the course list, the current lesson's text (the backend's safe HTML, the only markup put into
// the page from the server), previous/next, "Start this lesson" (each lesson has its own workspace in
// localStorage, so starting one never overwrites other work), hints that unfold, and the lesson's checks, held
// by the worker against the run (EmulatorBridge.evaluateChecks, the JVM's evaluator compiled to WebAssembly).
import * as api from './api.js';

const $ = (id) => document.getElementById(id);
/** While a run goes on, its checks are evaluated at most this often; a run that ends is evaluated at once. */
const CHECK_INTERVAL_MS = 1000;
const LESSON_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** The storage key of a lesson's own workspace. */
export const lessonWorkspaceKey = (id) => `mkplay.files.lesson.${id}`;

/** The lesson the address names (?lesson=ID), or null. */
export function lessonFromUrl(location) {
  const id = new URLSearchParams(location.search).get('lesson');
  return id !== null && LESSON_ID.test(id) ? id : null;
}

/**
 * Turns each "Hint" heading of the rendered text (a heading whose text starts with "Hint") and what follows it, up
 * to the next heading of the same or a higher level, into a closed <details> whose summary is the heading's text.
 * Only moves nodes the safe HTML made.
 */
export function foldHints(container) {
  const headings = [...container.querySelectorAll('h2, h3, h4, h5, h6')].filter((h) => /^hint\b/i.test(h.textContent.trim()));
  for (const heading of headings) {
    const level = Number(heading.tagName[1]);
    const details = document.createElement('details');
    details.className = 'hint';
    const summary = document.createElement('summary');
    summary.textContent = heading.textContent;
    details.append(summary);
    let next = heading.nextSibling;
    while (next && !(/^H[1-6]$/.test(next.nodeName) && Number(next.nodeName[1]) <= level)) {
      const moving = next;
      next = next.nextSibling;
      details.append(moving);
    }
    heading.replaceWith(details);
  }
}

/** The line number of each check of a checks file (blank lines and # comments are not checks), as the server counts. */
export function checkLines(text) {
  const lines = [];
  text.split('\n').forEach((line, index) => {
    const stripped = line.trim();
    if (stripped !== '' && !stripped.startsWith('#')) lines.push(index + 1);
  });
  return lines;
}

export class LessonPane {
  /**
   * @param machine the page's Machine (boots, status, the worker's checks answers)
   * @param workspaces {current(): {key}, open(key, files): opens a workspace in the editor}
   */
  constructor(machine, workspaces) {
    this.machine = machine;
    this.workspaces = workspaces;
    this.course = [];
    this.lesson = null;
    this.checkedAt = 0;
    this.pendingTimer = 0;
    /** called after a lesson (or the welcome text) was shown: the page follows which system the next run boots */
    this.onShown = () => {};
    /** The page's own welcome text, shown when no lesson is open. */
    this.welcome = [...$('lesson-body').childNodes].map((node) => node.cloneNode(true));
    machine.onChecks = (report) => this.showReport(report);
    machine.onStatusChange = (status) => this.statusChanged(status);
    machine.onBootKind = () => this.resetChecks();
    $('btn-lesson-start').addEventListener('click', () => this.start());
    $('btn-lesson-restart').addEventListener('click', () => this.restartFromStarter());
    $('btn-lesson-check').addEventListener('click', () => this.requestChecks());
    for (const link of [$('lesson-prev'), $('lesson-next')]) link.addEventListener('click', (event) => this.follow(event, link));
    window.addEventListener('popstate', () => this.show(lessonFromUrl(location)));
  }

  /** Loads the course list, then shows the lesson the address names, else {@code fallback} (a module's lesson). */
  async open(fallback = null) {
    try {
      this.course = await api.lessons();
    } catch (error) {
      // the welcome text stays; the course list says why it is empty
      const item = document.createElement('li');
      item.className = 'lesson-error';
      item.textContent = error.message;
      $('lesson-list').replaceChildren(item);
      return;
    }
    this.renderCourse();
    await this.show(lessonFromUrl(location) ?? fallback);
  }

  renderCourse() {
    const items = this.course.map((lesson) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `?lesson=${encodeURIComponent(lesson.id)}`;
      link.dataset.lesson = lesson.id;
      link.textContent = lesson.title;
      link.addEventListener('click', (event) => this.follow(event, link));
      item.append(link);
      return item;
    });
    $('lesson-list').replaceChildren(...items);
    $('course').dataset.lessons = String(this.course.length);
  }

  /** A course or previous/next link: the lesson changes in place (the machine keeps running); the address follows. */
  follow(event, link) {
    const id = link.dataset.lesson;
    if (!id || event.button > 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    history.pushState({ lesson: id }, '', `?lesson=${encodeURIComponent(id)}`);
    this.show(id).then(() => $('lesson-title').focus());
  }

  async show(id) {
    if (id === null) {
      this.lesson = null;
      this.renderWelcome();
      this.onShown();
      return;
    }
    let lesson;
    try {
      lesson = await api.lesson(id);
    } catch (error) {
      this.showError(error.message);
      return;
    }
    this.lesson = lesson;
    const pane = $('lesson-pane');
    pane.dataset.lesson = lesson.id;
    $('lesson-title').textContent = lesson.title;
    const body = $('lesson-body');
    body.innerHTML = lesson.html; // rendered by the backend with raw HTML escaped and link targets filtered
    // the text's own title repeats the pane's heading
    const first = body.firstElementChild;
    if (first?.tagName === 'H1' && first.textContent.trim() === lesson.title) first.remove();
    foldHints(body);
    document.title = `${lesson.title} — mkplay`;
    for (const link of $('lesson-list').querySelectorAll('a')) {
      if (link.dataset.lesson === lesson.id) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    $('lesson-actions').hidden = false;
    this.renderNeighbours();
    this.renderWorkspaceState();
    // a run already under way (Boot system before the lesson was opened) is judged at once
    this.renderChecks({ evaluate: this.machine.kind !== null && this.machine.kind !== 'visit' });
    this.onShown();
  }

  renderWelcome() {
    delete $('lesson-pane').dataset.lesson;
    $('lesson-title').textContent = 'Welcome';
    $('lesson-body').replaceChildren(...this.welcome.map((node) => node.cloneNode(true)));
    $('lesson-actions').hidden = true;
    $('lesson-checks-section').hidden = true;
    $('course').open = true;
    for (const link of $('lesson-list').querySelectorAll('a')) link.removeAttribute('aria-current');
    this.renderNeighbours();
  }

  renderNeighbours() {
    const index = this.lesson ? this.course.findIndex((l) => l.id === this.lesson.id) : -1;
    const neighbour = (link, lesson, word) => {
      link.hidden = !lesson;
      if (!lesson) return;
      link.href = `?lesson=${encodeURIComponent(lesson.id)}`;
      link.dataset.lesson = lesson.id;
      link.textContent = `${word}: ${lesson.title}`;
    };
    neighbour($('lesson-prev'), index > 0 ? this.course[index - 1] : null, 'Previous');
    neighbour($('lesson-next'), index >= 0 ? this.course[index + 1] : this.course[0], index >= 0 ? 'Next' : 'Start the course');
  }

  /** Whether the editor holds this lesson's workspace. */
  inEditor() {
    return this.lesson !== null && this.workspaces.current().key === lessonWorkspaceKey(this.lesson.id);
  }

  renderWorkspaceState() {
    const here = this.inEditor();
    if (!this.lesson.starter?.length) {
      $('btn-lesson-start').hidden = $('btn-lesson-restart').hidden = true;
      $('lesson-workspace-status').textContent = 'This lesson has no starter files: it runs what is in the editor.';
      return;
    }
    $('btn-lesson-start').hidden = here;
    $('btn-lesson-restart').hidden = !here;
    $('lesson-workspace-status').textContent = here
      ? 'The editor holds your files for this lesson; they are kept in this browser.'
      : 'Start this lesson to open its starter files in the editor (your other files stay as they are).';
  }

  /** Opens the lesson's own workspace: its starter files the first time, the learner's files after that. */
  start() {
    this.workspaces.open(lessonWorkspaceKey(this.lesson.id), this.lesson.starter);
    this.renderWorkspaceState();
    $('lesson-workspace-status').textContent = `Started "${this.lesson.title}": its files are in the editor. Press Run.`;
  }

  restartFromStarter() {
    if (!window.confirm('Replace your files for this lesson with its starter files? Your changes to them are lost.')) return;
    this.workspaces.open(lessonWorkspaceKey(this.lesson.id), this.lesson.starter, { fromStarter: true });
    $('lesson-workspace-status').textContent = 'The starter files are back in the editor.';
  }

  // ---- checks ----

  /** The checks file as the worker evaluates it (the file itself, so a verdict's line is the file's). */
  checksText() {
    if (!this.lesson?.checks?.length) return null;
    return this.lesson.checksFile ?? this.lesson.checks.join('\n');
  }

  /** The lesson's checks, each pending; {@code evaluate}: ask the worker now (else the next status does). */
  renderChecks({ evaluate = false } = {}) {
    const section = $('lesson-checks-section');
    section.hidden = this.checksText() === null;
    if (section.hidden) return;
    const lines = checkLines(this.lesson.checksFile ?? this.lesson.checks.join('\n'));
    const items = this.lesson.checks.map((source, index) => {
      const item = document.createElement('li');
      item.className = 'check';
      item.dataset.index = String(index);
      item.dataset.state = 'pending';
      item.dataset.line = String(lines[index] ?? index + 1);
      const line = document.createElement('span');
      line.className = 'check-line';
      line.textContent = `line ${lines[index] ?? index + 1}`;
      const code = document.createElement('code');
      code.textContent = source;
      const state = document.createElement('span');
      state.className = 'check-state';
      state.textContent = 'not checked yet';
      item.append(state, ' ', line, ' ', code);
      return item;
    });
    $('lesson-checks').replaceChildren(...items);
    this.setChecksSummary('Run your program: the checks are held against its console and the kernel\'s trace.', 'info');
    this.settledKey = null;
    if (evaluate) this.requestChecks();
  }

  resetChecks() {
    if (this.checksText() === null) return;
    this.renderChecks();
  }

  /** A status from the worker: a run that stopped (halted, paused, waiting for input) is checked at once. */
  statusChanged(status) {
    if (this.checksText() === null || this.machine.kind === 'visit' || status.state === 'loading') return;
    const settled = status.state !== 'running' || status.waiting;
    const key = `${status.state}/${status.waiting}/${status.instructions}`;
    if (settled && key === this.settledKey) return;
    this.settledKey = settled ? key : null;
    if (settled || performance.now() - this.checkedAt >= CHECK_INTERVAL_MS) this.requestChecks();
  }

  requestChecks() {
    const text = this.checksText();
    if (text === null) return;
    this.checkedAt = performance.now();
    this.machine.evaluateChecks(text);
  }

  /** The worker's answer: {error, records, verdicts: [{line, source, passed, expected, observed}]}. */
  showReport(report) {
    if (this.checksText() === null) return;
    const items = [...$('lesson-checks').children];
    if (report.error) {
      for (const item of items) this.markCheck(item, null);
      this.setChecksSummary(report.error, 'error');
      return;
    }
    report.verdicts.forEach((verdict, index) => { if (items[index]) this.markCheck(items[index], verdict); });
    const passed = report.verdicts.filter((v) => v.passed).length;
    const all = passed === report.verdicts.length;
    this.setChecksSummary(all ? `All ${passed} checks pass.` : `${passed} of ${report.verdicts.length} checks pass.`, all ? 'ok' : 'info');
  }

  markCheck(item, verdict) {
    item.dataset.state = verdict === null ? 'pending' : verdict.passed ? 'passed' : 'failed';
    item.querySelector('.check-state').textContent = verdict === null ? 'not checked' : verdict.passed ? 'passed' : 'failed';
    item.querySelector('.check-detail')?.remove();
    if (verdict === null || verdict.passed) return;
    const detail = document.createElement('dl');
    detail.className = 'check-detail';
    for (const [term, text, cls] of [['Expected', verdict.expected, 'check-expected'], ['Observed', verdict.observed, 'check-observed']]) {
      const dt = document.createElement('dt');
      dt.textContent = term;
      const dd = document.createElement('dd');
      dd.className = cls;
      dd.textContent = text;
      detail.append(dt, dd);
    }
    item.append(detail);
  }

  setChecksSummary(text, kind) {
    const summary = $('lesson-checks-status');
    summary.textContent = text;
    summary.dataset.kind = kind;
  }

  showError(message) {
    $('lesson-title').textContent = 'Lesson not available';
    $('lesson-body').replaceChildren();
    const p = document.createElement('p');
    p.className = 'lesson-error';
    p.textContent = message;
    $('lesson-body').append(p);
    $('lesson-actions').hidden = true;
    $('lesson-checks-section').hidden = true;
  }
}
