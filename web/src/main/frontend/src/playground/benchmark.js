// The Benchmark tab: the system benchmark (docs/benchmarks.md) of the default system in each chosen placement, run
// in a worker of its own (the console's machine keeps running), drawn as a bar chart of modelled cycles per
// operation (Chart.js, a logarithmic axis: a 4 KiB read costs fifty times an echo) beside a table of every count.
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LogarithmicScale, Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, Legend, LogarithmicScale, Tooltip);

/** The loop lengths of `mkplay bench system`, so the page shows the command's figures. */
const SHORT = 100, LONG = 1100;
const COLUMNS = ['instructions', 'traps', 'context_switches', 'as_switches', 'tlb_misses', 'cycles'];
const COLOURS = { user: '#2f6fba', kernel: '#c0562b', mixed: '#5b8c3a' };

export class Benchmark {
  constructor({ form, status, canvas, table }) {
    this.form = form;
    this.status = status;
    this.canvas = canvas;
    this.table = table;
    this.chart = null;
    this.worker = null;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.run();
    });
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
    this.render(workloads, placements);
    this.setRunning(true);
    this.status.textContent = `Running ${workloads.length} workloads in ${placements.join(', ')} placement…`;
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
  }

  setRunning(running) {
    this.form.querySelector('button[type=submit]').disabled = running;
    this.table.dataset.done = 'false';
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
