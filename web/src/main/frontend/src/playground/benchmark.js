// The Benchmark tab: the system benchmark (docs/benchmarks.md) of the default system in each chosen placement, run
// in a worker of its own (the console's machine keeps running), drawn as a bar chart of modelled cycles per
// operation (Chart.js, a logarithmic axis: a 4 KiB read costs fifty times an echo) beside a table of every count.
// Save and share stores a finished run through the API and gives the link /?benchmark=ID, which shows the stored
// figures without running anything.
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LogarithmicScale, Tooltip,
} from 'chart.js';

import * as api from './api.js';
import { BENCHMARK_ID, FIGURE_COLUMNS, benchmarkLink, figureDifferences } from './benchmark-share.js';

Chart.register(BarController, BarElement, CategoryScale, Legend, LogarithmicScale, Tooltip);

/** The loop lengths of `mkplay bench system`, so the page shows the command's figures. */
const SHORT = 100, LONG = 1100;
const COLUMNS = FIGURE_COLUMNS;
const COLOURS = { user: '#2f6fba', kernel: '#c0562b', mixed: '#5b8c3a' };

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

export class Benchmark {
  constructor({ form, status, canvas, table, save, share, shareUrl, copy, shareStatus }) {
    this.form = form;
    this.status = status;
    this.canvas = canvas;
    this.table = table;
    this.share = { save, box: share, url: shareUrl, copy, status: shareStatus };
    this.chart = null;
    this.worker = null;
    this.figures = [];
    /** The finished run Save stores: {workloads, placements, figures}; null while none (or one is running). */
    this.finished = null;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.run();
    });
    save.addEventListener('click', () => this.save());
    copy.addEventListener('click', () => this.copyLink());
  }

  checked(name) {
    return [...this.form.querySelectorAll(`input[name=${name}]:checked`)].map((input) => input.value);
  }

  run() {
    const workloads = this.checked('workload'), placements = this.checked('placement');
    if (workloads.length === 0 || placements.length === 0) {
      this.status.textContent = 'Choose at least one workload and one placement.';
      return;
    }
    this.worker?.terminate();
    this.figures = [];
    this.errors = [];
    this.finished = null;
    this.request = { workloads, placements };
    this.showLink(null);
    this.table.dataset.source = 'run';
    this.render(workloads, placements);
    this.setRunning(true);
    this.status.textContent = `Running ${plural(workloads.length, 'workload')} in the ${placements.join(', ')}`
      + ` ${placements.length === 1 ? 'placement' : 'placements'}…`;
    const worker = new Worker('/assets/worker.js');
    this.worker = worker;
    worker.onmessage = ({ data }) => {
      if (data.type === 'system-bench-result') {
        if (data.error) this.errors.push(`${data.placement}: ${data.error}`);
        else this.figures.push(...data.figures);
        this.render(workloads, placements);
      } else if (data.type === 'system-bench-done' || (data.type === 'status' && data.state === 'error')) {
        if (data.message) this.errors.push(data.message);
        this.finish(worker);
      }
    };
    worker.onerror = (event) => {
      this.errors.push(event.message);
      this.finish(worker);
    };
    worker.postMessage({ type: 'systemBench', placements, workloads, shortRuns: SHORT, longRuns: LONG });
  }

  finish(worker) {
    worker.terminate();
    if (this.worker === worker) this.worker = null;
    this.setRunning(false);
    this.status.textContent = this.errors.length
      ? `Failed: ${this.errors.join('; ')}`
      : 'Done: modelled cycles per operation in the chart, every count in the table.';
    this.table.dataset.done = String(this.errors.length === 0);
    if (this.errors.length === 0) {
      this.finished = { ...this.request, figures: this.figures };
      this.share.save.disabled = false;
    }
  }

  setRunning(running) {
    this.form.querySelector('button[type=submit]').disabled = running;
    this.share.save.disabled = true;
    this.table.dataset.done = 'false';
  }

  /**
   * Save and share: the server runs the same request itself (it takes no figures from a browser) and stores its
   * answer; its figures must be this run's to the last digit, or the page says where they differ.
   */
  async save() {
    const run = this.finished;
    if (!run) return;
    this.share.save.disabled = true;
    this.setShareStatus('info', 'Saving: the server runs the same benchmark and stores its figures…');
    try {
      const stored = await api.saveBenchmark(run);
      const differences = figureDifferences(run.figures, stored.results);
      this.showLink(benchmarkLink(location.origin, stored.id));
      if (differences.length === 0) {
        this.setShareStatus('ok', `Saved: the server measured the same figures. Share this link: ${this.share.url.value}`);
      } else {
        this.setShareStatus('error', `Saved, but the server's figures differ from this run's (${differences.join('; ')}).`
          + ` The link shows the server's: ${this.share.url.value}`);
      }
    } catch (error) {
      this.setShareStatus('error', `${error.message}. The figures above are not saved; try Save and share again.`);
    } finally {
      this.share.save.disabled = this.finished !== run;
    }
  }

  /**
   * Shows a stored benchmark (the link /?benchmark=ID): its choices in the form, its figures in the chart and the
   * table, nothing run. An id that is not a benchmark's says so.
   */
  async openSaved(id) {
    this.setShareStatus('info', 'Opening the saved benchmark…');
    if (!BENCHMARK_ID.test(id)) {
      this.notFound(id);
      return;
    }
    let stored;
    try {
      stored = await api.loadBenchmark(id);
    } catch (error) {
      if (error.notFound) this.notFound(id);
      else this.setShareStatus('error', `${error.message}.`);
      return;
    }
    if (this.worker || this.finished) return; // the learner ran the benchmark meanwhile: theirs stays
    for (const input of this.form.querySelectorAll('input[name=workload], input[name=placement]')) {
      input.checked = (input.name === 'workload' ? stored.workloads : stored.placements).includes(input.value);
    }
    this.figures = stored.results;
    this.table.dataset.source = 'saved';
    this.render(stored.workloads, stored.placements);
    this.table.dataset.done = 'true';
    this.showLink(benchmarkLink(location.origin, stored.id));
    this.setShareStatus('ok', `Saved benchmark ${stored.id}: the figures the server stored, not run again in this`
      + ' browser. Run the benchmark to measure them here.');
  }

  notFound(id) {
    this.setShareStatus('error', `There is no saved benchmark "${id}" on this server: check that the link was`
      + ' copied whole. Run the benchmark to measure the figures here.');
  }

  showLink(url) {
    this.share.box.hidden = url === null;
    this.share.url.value = url ?? '';
    if (url === null) this.setShareStatus('info', '');
  }

  setShareStatus(kind, text) {
    this.share.status.dataset.kind = kind;
    this.share.status.textContent = text;
  }

  async copyLink() {
    try {
      await navigator.clipboard.writeText(this.share.url.value);
      this.setShareStatus('ok', 'Link copied to the clipboard.');
    } catch {
      this.share.url.select();
      this.setShareStatus('error', 'This browser did not let the page copy: the link is selected, press Ctrl/Cmd+C.');
    }
  }

  render(workloads, placements) {
    const body = this.table.tBodies[0];
    body.replaceChildren();
    for (const figure of this.figures) {
      const row = body.insertRow();
      row.dataset.workload = figure.workload;
      row.dataset.placement = figure.placement;
      const head = document.createElement('th');
      head.scope = 'row';
      head.textContent = figure.workload;
      row.append(head);
      const placement = row.insertCell();
      placement.textContent = figure.placement;
      placement.dataset.column = 'placement';
      for (const column of COLUMNS) {
        const cell = row.insertCell();
        cell.dataset.column = column;
        cell.textContent = figure[column].toLocaleString('en-US', { maximumFractionDigits: 2 });
      }
    }
    this.table.dataset.rows = String(this.figures.length);
    this.draw(workloads, placements);
  }

  draw(workloads, placements) {
    const measured = placements.filter((p) => this.figures.some((f) => f.placement === p));
    const datasets = measured.map((placement) => ({
      label: placement,
      backgroundColor: COLOURS[placement],
      data: workloads.map((w) => this.figures.find((f) => f.workload === w && f.placement === placement)?.cycles ?? null),
    }));
    this.canvas.dataset.placements = measured.join(',');
    if (!this.chart) {
      this.chart = new Chart(this.canvas, {
        type: 'bar',
        data: { labels: workloads, datasets },
        options: {
          animation: false,
          maintainAspectRatio: false,
          scales: { y: { type: 'logarithmic', title: { display: true, text: 'modelled cycles per operation' } } },
        },
      });
    } else {
      this.chart.data.labels = workloads;
      this.chart.data.datasets = datasets;
      this.chart.update();
    }
  }
}
