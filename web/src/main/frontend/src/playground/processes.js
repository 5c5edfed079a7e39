// The Processes tab: one row per thread the kernel's trace records named, with its counts. Rebuilt from the
// TraceModel at most a few times a second (the caller throttles), as a real table (caption, column headers).

const COLUMNS = ['name', 'thread', 'process', 'state', 'priority', 'instructions', 'faults', 'restarts', 'messages'];

export class ProcessesView {
  constructor(table, model) {
    this.body = table.tBodies[0];
    this.table = table;
    this.model = model;
  }

  render() {
    const rows = this.model.threadList().map((thread) => {
      const row = document.createElement('tr');
      row.dataset.thread = String(thread.tid);
      row.dataset.state = thread.state;
      const values = {
        name: thread.name ?? '—', thread: thread.tid, process: thread.pid ?? '—', state: thread.state,
        priority: thread.priority ?? '—', instructions: this.model.instructionsOf(thread), faults: thread.faults,
        restarts: thread.restarts, messages: thread.messages,
      };
      for (const column of COLUMNS) {
        const cell = document.createElement(column === 'name' ? 'th' : 'td');
        if (column === 'name') cell.scope = 'row';
        cell.dataset.column = column;
        cell.textContent = String(values[column]);
        row.append(cell);
      }
      return row;
    });
    if (rows.length === 0) {
      const row = document.createElement('tr');
      const cell = document.createElement('td');
      cell.colSpan = COLUMNS.length;
      cell.className = 'empty';
      cell.textContent = 'No trace records yet: boot the multi-process system (the kernel writes them, the bare-metal demo does not).';
      row.append(cell);
      rows.push(row);
    }
    this.body.replaceChildren(...rows);
    this.table.dataset.threads = String(this.model.threads.size);
  }
}
