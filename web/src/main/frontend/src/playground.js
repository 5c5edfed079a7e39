// The playground page: lesson | editor | console, the details tabs below. The machine runs in the worker; this
// thread builds through the backend, boots what it returns and shows what the worker reports.
import { Console } from './console.js';
import * as api from './playground/api.js';
import { Editor } from './playground/editor.js';
import { Listing } from './playground/listing.js';
import { makeSplitter, Tabs } from './playground/layout.js';
import { Machine } from './playground/machine.js';
import { FileTabs } from './playground/file-tabs.js';
import { LessonPane, lessonFromUrl, lessonWorkspaceKey } from './playground/lessons.js';
import { STARTER_FILES, Workspace } from './playground/workspace.js';
import { SystemViews } from './playground/system-views.js';
import { Benchmark } from './playground/benchmark.js';
import { benchmarkFromUrl } from './playground/benchmark-share.js';
import { programsOf } from './playground/placement.js';
import { PlacementView, SYSTEM_IMAGES } from './playground/placement-view.js';

/**
 * The shipped image a visit boots before any build, and Boot system too: the default system (system/README.md),
 * the kernel with its supervisor, name service, console driver, echo and file servers and the shell at mk$.
 */
const SYSTEM_IMAGE = SYSTEM_IMAGES.user;
/** The default system's manifest (its servers, which of them can run in the kernel) for the placement control. */
const SYSTEM_MANIFEST = '/images/system.json';
/** The placement control's name for the default system. */
const DEFAULT_SYSTEM = 'the default system (Boot system)';
/** What Traffic demo boots: a server, a client and a process that crashes; 3,000 calls for the IPC timeline. */
const TRAFFIC_IMAGE = '/images/traffic.elf';
/** What Echo demo boots: the bare-metal demo that echoes what is typed (no kernel). */
const DEMO_IMAGE = '/images/demo.elf';
const MODULE_PATH = /^\/m\/([A-Za-z0-9_-]{1,64})\/?$/;

const $ = (id) => document.getElementById(id);

async function main() {
  const machine = new Machine(new Worker('/assets/worker.js'), {
    terminal: new Console($('console'), (bytes) => machine.input(bytes)),
    // performance.now() counts from the navigation's start
    onFirstOutput: () => { window.mkplay.firstOutputMs = performance.now(); },
  });
  const views = new SystemViews(machine);
  window.mkplay = { consoleText: () => machine.terminal.text, firstOutputMs: null, trace: views.model,
    timelineBench: (records) => views.bench(records), timelineArrowAt: () => views.timeline.arrowAt() };
  // the visit's boot is not judged against a lesson's checks (kind 'visit'); a chosen one is
  machine.boot(SYSTEM_IMAGE, { kind: 'visit' });
  $('btn-boot-traffic').addEventListener('click', () => machine.boot(TRAFFIC_IMAGE, { kind: 'system' }));
  $('btn-boot-demo').addEventListener('click', () => machine.boot(DEMO_IMAGE, { kind: 'system' }));
  const benchmark = new Benchmark({ form: $('benchmark-form'), status: $('benchmark-status'), canvas: $('benchmark-chart'),
    table: $('benchmark-table'), save: $('benchmark-save'), share: $('benchmark-share'), shareUrl: $('benchmark-share-url'),
    copy: $('benchmark-copy'), shareStatus: $('benchmark-share-status') });

  setUpLayout();
  const moduleId = MODULE_PATH.exec(location.pathname)?.[1] ?? null;
  const { workspace, lesson, placement } = await openWorkspace(moduleId);
  const playground = new Playground(workspace, machine, moduleId);
  playground.start();
  const savedBenchmark = benchmarkFromUrl(location);
  if (savedBenchmark !== null) {
    // a benchmark's link: its tab is what the visitor came for
    playground.details.select($('tab-benchmark'));
    $('panel-benchmark').focus();
    benchmark.openSaved(savedBenchmark);
  }
  await playground.openPlacement(placement);
  await playground.lessons.open(lesson);
}

/**
 * The workspace the editor opens with: a shared module's at /m/{id} (restored from storage if edited here
 * before), else the named lesson's when it was started in this browser before, else the scratch one. Also the
 * lesson to show when the address names none (a module's).
 */
async function openWorkspace(moduleId) {
  if (moduleId === null) {
    const lesson = lessonFromUrl(location);
    const own = lesson === null ? null : new Workspace(localStorage, lessonWorkspaceKey(lesson), STARTER_FILES);
    return { workspace: own?.restored ? own : new Workspace(localStorage, 'mkplay.files.scratch', STARTER_FILES), lesson: null, placement: null };
  }
  const key = `mkplay.files.m.${moduleId}`;
  const workspace = new Workspace(localStorage, key, STARTER_FILES);
  try {
    const module = await api.loadModule(moduleId);
    if (!workspace.restored) workspace.replace(module.files);
    document.title = `${module.title} — mkplay`;
    return { workspace, lesson: module.lesson ?? null, placement: module.placement ?? null };
  } catch (error) {
    $('share-status').textContent = error.message;
    $('share-status').dataset.kind = 'error';
    return { workspace, lesson: null, placement: null };
  }
}

function setUpLayout() {
  const workspace = $('workspace');
  makeSplitter($('split-lesson'), workspace, { property: '--lesson', edge: 'start', storage: localStorage, initial: 22 });
  makeSplitter($('split-console'), workspace, { property: '--console', edge: 'end', storage: localStorage, initial: 36 });
  makeSplitter($('split-bottom'), document.body, { property: '--bottom', edge: 'end', storage: localStorage, initial: 26 });
}

class Playground {
  constructor(workspace, machine, moduleId) {
    this.workspace = workspace;
    this.machine = machine;
    this.moduleId = moduleId;
    this.building = false;
    this.listing = new Listing($('listing'), $('listing-file'));
    this.details = new Tabs($('bottom-tabs'), () => this.refreshListing());
    this.editor = new Editor($('editor'), {
      onChange: (name, text) => this.workspace.setContent(this.workspace.byName(name), text),
      onCursorLine: () => this.refreshListing(),
    });
    this.fileTabs = new FileTabs(workspace, this.editor, {
      tablist: $('file-tabs'), form: $('file-form'), input: $('file-name'), error: $('file-name-error'),
      label: $('file-form-label'), add: $('btn-file-add'), rename: $('btn-file-rename'),
      remove: $('btn-file-delete'), cancel: $('file-form-cancel'),
    }, () => this.refreshListing());
    machine.onPhase = (phase) => this.setPhase(phase);
    this.diagnostics = [];
    this.lessons = new LessonPane(machine, {
      current: () => ({ key: this.workspace.key }),
      open: (key, files, options) => this.switchWorkspace(key, files, options),
    });
    this.lessons.onShown = () => this.refreshPlacement();
    this.placement = new PlacementView({ list: $('placement-list'), target: $('placement-target'),
      status: $('placement-status'), presets: [...$('placement').querySelectorAll('button[data-preset]')],
      summary: $('placement-summary') });
    this.defaultPrograms = null;
  }

  /**
   * Loads the default system's servers for the placement control; a module's saved placement applies to it. A saved
   * placement other than all in user space boots its prebuilt image at once, so the link shows the run it saved.
   */
  async openPlacement(saved) {
    try {
      const response = await fetch(SYSTEM_MANIFEST);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.defaultPrograms = programsOf(await response.text());
    } catch (error) {
      $('placement-status').textContent = `The default system's servers could not be read (${error.message}).`;
      return;
    }
    this.placement.setSystem({ kind: 'default', title: DEFAULT_SYSTEM, programs: this.defaultPrograms }, saved);
    const image = this.placement.defaultSystemImage(DEFAULT_SYSTEM);
    if (saved !== null && image.url && image.url !== SYSTEM_IMAGE) this.machine.boot(image.url, { kind: 'visit' });
  }

  /** The control shows the servers of what the next run boots: the open lesson's system, else the default system. */
  refreshPlacement() {
    const lesson = this.lessons.inEditor() ? this.lessons.lesson : null;
    if (lesson?.manifest) {
      try {
        this.placement.setSystem({ kind: 'lesson', title: `lesson ${lesson.title}`, programs: programsOf(lesson.manifest) });
        return;
      } catch {
        // a manifest the page cannot read: the build reports it
      }
    }
    if (this.defaultPrograms) this.placement.setSystem({ kind: 'default', title: DEFAULT_SYSTEM, programs: this.defaultPrograms });
  }

  /** Boot system: the default system's prebuilt image for the chosen placement (a preset), else says why not. */
  bootSystem() {
    const image = this.placement.defaultSystemImage(DEFAULT_SYSTEM);
    if (image.error) {
      this.setPhase('failed', `Boot system: ${image.error}`);
      return;
    }
    // no build: the strip only drops a failure it still shows
    if ($('run-progress').dataset.phase === 'failed') this.setPhase('idle');
    this.machine.boot(image.url, { kind: 'system' });
  }

  /** Opens another stored workspace (a lesson's) in the editor; the one left stays in storage as it was. */
  switchWorkspace(key, files, options) {
    this.workspace.switchTo(key, files, options);
    this.editor.clear();
    this.showProblems([]);
    this.fileTabs.render();
    this.fileTabs.openActive();
    this.refreshPlacement();
  }

  start() {
    $('btn-boot-system').addEventListener('click', () => this.bootSystem());
    $('placement-summary').addEventListener('click', () => {
      this.details.select($('tab-processes'));
      $('placement').querySelector('input:not(:disabled)')?.focus();
    });
    this.fileTabs.render();
    this.fileTabs.openActive();
    $('btn-run').addEventListener('click', () => this.run());
    $('btn-save').addEventListener('click', () => this.save());
    $('btn-copy').addEventListener('click', () => this.copyLink());
    $('btn-pause').addEventListener('click', () => this.machine.pause());
    $('btn-continue').addEventListener('click', () => this.machine.resume());
    $('btn-reset').addEventListener('click', () => this.machine.reset());
    // Capture phase: the shortcuts work wherever the focus is (editor, console, a button), and neither the
    // editor (Mod-Enter inserts a line there) nor the browser (Save page) sees them.
    document.addEventListener('keydown', (event) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (event.key === 'Enter') this.run();
      else if (event.key === 's' || event.key === 'S') this.save();
      else return;
      event.preventDefault();
      event.stopPropagation();
    }, { capture: true });
  }

  /** Build -> boot -> run; a build with errors stops after the first step and shows them. */
  async run() {
    if (this.building) return;
    this.building = true;
    $('btn-run').disabled = true;
    this.setPhase('building');
    try {
      // the editor holds a lesson's files: build them for it (its system image) and run them as it says
      const lesson = this.lessons.inEditor() ? this.lessons.lesson : null;
      // a lesson with a system: its servers where the placement control says
      const placement = lesson?.manifest && this.placement.system?.kind === 'lesson' ? this.placement.request() : null;
      const result = await api.build(this.workspace.snapshot(), lesson?.id ?? null, placement);
      this.showProblems(result.diagnostics);
      if (!result.ok) {
        const count = result.diagnostics.filter((d) => d.severity !== 'warning').length;
        this.setPhase('failed', `build failed: ${count} problem${count === 1 ? '' : 's'}`);
        return;
      }
      this.listing.setEntries(result.listing);
      if (this.listing.hasEntries()) this.details.reveal($('tab-listing'));
      this.refreshListing();
      this.setPhase('booting');
      this.machine.boot(await api.buildImage(result),
        { fromBuild: true, input: lesson?.input ?? null, budget: lesson?.budget ?? null });
    } catch (error) {
      this.setPhase('failed', error.message);
    } finally {
      this.building = false;
      $('btn-run').disabled = false;
    }
  }

  setPhase(phase, message = '') {
    const progress = $('run-progress');
    const order = ['building', 'booting', 'running'];
    const reached = order.indexOf(phase);
    if (phase !== 'failed') progress.dataset.phase = phase;
    else progress.dataset.phase = 'failed';
    for (const step of progress.querySelectorAll('li')) {
      const index = order.indexOf(step.dataset.step);
      step.classList.toggle('done', reached > index || (phase === 'running' && index === reached));
      step.classList.toggle('active', index === reached && phase !== 'running');
      if (index === reached) step.setAttribute('aria-current', 'step');
      else step.removeAttribute('aria-current');
    }
    if (phase === 'failed') {
      const failedStep = progress.querySelector('li.active') ?? progress.querySelector('li[data-step=building]');
      failedStep.classList.add('failed');
    } else {
      for (const step of progress.querySelectorAll('li')) step.classList.remove('failed');
    }
    // the reason stays until the next Run: the machine's status line below keeps reporting the machine
    $('run-message').textContent = phase === 'failed' ? message : '';
  }

  showProblems(diagnostics) {
    this.diagnostics = diagnostics;
    this.editor.showDiagnostics(diagnostics);
    $('problem-count').textContent = String(diagnostics.length);
    const items = diagnostics.map((diagnostic) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'problem';
      button.dataset.file = diagnostic.file;
      button.dataset.line = String(diagnostic.line);
      button.dataset.severity = diagnostic.severity;
      button.textContent = `${diagnostic.file}:${diagnostic.line}: ${diagnostic.severity ?? 'error'}: ${diagnostic.message}`;
      button.addEventListener('click', () => {
        this.fileTabs.openByName(diagnostic.file);
        if (diagnostic.line > 0) this.editor.goToLine(diagnostic.line);
      });
      item.append(button);
      return item;
    });
    $('problems').replaceChildren(...items);
  }

  refreshListing() {
    if (!this.listing.hasEntries() || $('panel-listing').hidden) return;
    const file = this.workspace.activeFile();
    this.listing.show(file.name, file.content, this.editor.cursorLine());
  }

  async save() {
    const status = $('share-status');
    status.dataset.kind = 'info';
    status.textContent = 'Saving…';
    const files = this.workspace.snapshot();
    try {
      const lesson = this.lessons.inEditor() ? this.lessons.lesson.id : undefined;
      const placement = this.placement.saved();
      const saved = await api.saveModule({ title: files[0].name.replace(/\.java$/, ''), lesson, files, placement });
      const url = new URL(saved.url, location.origin).href;
      $('share-url').value = url;
      $('share').hidden = false;
      status.textContent = `Saved. Share this link: ${url}`;
    } catch (error) {
      status.dataset.kind = 'error';
      status.textContent = error.message;
    }
  }

  async copyLink() {
    const status = $('share-status');
    const url = $('share-url').value;
    try {
      await navigator.clipboard.writeText(url);
      status.dataset.kind = 'ok';
      status.textContent = 'Link copied to the clipboard.';
    } catch {
      $('share-url').select();
      status.dataset.kind = 'error';
      status.textContent = 'This browser did not let the page copy: the link is selected, press Ctrl/Cmd+C.';
    }
  }
}

main();
