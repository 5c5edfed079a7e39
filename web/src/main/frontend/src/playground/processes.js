// The Processes tab: one row per thread the kernel's trace records named, with its counts. Drawn from the
// TraceModel at most a few times a second (the caller throttles), as a real table (caption, column headers); rows
// are updated in place, so the focus stays on a button while records arrive.
// Break it (#12): in a system with a shell, each other program's row has Crash and Kill buttons, which type the
// shell's own commands (crash NAME: the server faults on purpose; kill NAME: the supervisor stops it for good), so
// what follows is the system's real answer: the fault, the supervisor's restart, the DEAD replies.

const COLUMNS = ['name', 'thread', 'process', 'state', 'priority', 'instructions', 'faults', 'restarts', 'messages'];
/** The program that reads the commands the buttons type. */
const SHELL = 'shell';

/** The shell command a Break it button types. */
export const breakCommand = (action, name) => `${action} ${name}\n`;

export class ProcessesView {
  /** @param onBreak (action 'crash'|'kill', program name): types the command (the listener is on the body: a row's buttons may be replaced) */
  constructor(table, model, onBreak = () => {}) {
    this.body = table.tBodies[0];
    this.table = table;
    this.model = model;
    /** thread id -> its row, kept across renders */
    this.rows = new Map();
    this.body.addEventListener('click', (event) => {
      const button = event.target.closest('button[data-action]');
      if (button) onBreak(button.dataset.action, button.dataset.program);
    });
  }

  /** The cell of Crash and Kill buttons for a program (none for the shell itself, or without a shell). */
  breakCell(thread, hasShell) {
    const cell = document.createElement('td');
    cell.dataset.column = 'break';
    if (!hasShell || !thread.name || thread.name === SHELL) return cell;
    for (const [action, label] of [['crash', 'Crash'], ['kill', 'Kill']]) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'break-it';
      button.dataset.action = action;
      button.dataset.program = thread.name;
      button.textContent = label;
      button.setAttribute('aria-label', `${label} ${thread.name}`);
      button.title = `Type "${breakCommand(action, thread.name).trim()}" into the shell`;
      cell.append(button, ' ');
    }
    return cell;
  }

  /** A thread's row, made once: later renders change its cells' text in place (see render). */
  rowOf(thread) {
    let row = this.rows.get(thread.tid);
    if (row) return row;
    row = document.createElement('tr');
    row.dataset.thread = String(thread.tid);
    for (const column of COLUMNS) {
      const cell = document.createElement(column === 'name' ? 'th' : 'td');
      if (column === 'name') cell.scope = 'row';
      cell.dataset.column = column;
      row.append(cell);
    }
    this.rows.set(thread.tid, row);
    return row;
  }

  /**
   * Updates the rows in place: a row, its cells and its buttons stay the same elements from one render to the
   * next (only text, states and changed break cells are touched), so a keyboard user's focus on Crash or Kill is
   * not lost while records arrive. A new boot (fewer or other threads) drops the rows it no longer names.
   */
  render() {
    const threads = this.model.threadList();
    const hasShell = threads.some((t) => t.name === SHELL && t.state !== 'killed' && t.state !== 'exited');
    const live = new Set(threads.map((t) => t.tid));
    for (const tid of [...this.rows.keys()]) if (!live.has(tid)) this.rows.delete(tid);
    const rows = threads.map((thread) => {
      const row = this.rowOf(thread);
      row.dataset.state = thread.state;
      const values = {
        name: thread.name ?? '—', thread: thread.tid, process: thread.pid ?? '—', state: thread.state,
        priority: thread.priority ?? '—', instructions: this.model.instructionsOf(thread), faults: thread.faults,
        restarts: thread.restarts, messages: thread.messages,
      };
      for (const cell of row.cells) {
        const column = cell.dataset.column;
        if (column in values && cell.textContent !== String(values[column])) cell.textContent = String(values[column]);
      }
      this.updateBreakCell(row, thread, hasShell);
      return row;
    });
    if (rows.length === 0) rows.push(this.emptyRow());
    // re-attach only when the order changed: moving the focused button's row would blur it
    const current = [...this.body.rows];
    if (current.length !== rows.length || current.some((row, i) => row !== rows[i])) this.body.replaceChildren(...rows);
    this.table.dataset.threads = String(this.model.threads.size);
  }

  /** The break cell is rebuilt only when whether it has buttons changes (a shell appeared or died, a name came). */
  updateBreakCell(row, thread, hasShell) {
    const wanted = hasShell && Boolean(thread.name) && thread.name !== SHELL ? thread.name : '';
    let cell = row.querySelector('td[data-column=break]');
    if (!cell || cell.dataset.program !== wanted) {
      const fresh = this.breakCell(thread, hasShell);
      fresh.dataset.program = wanted;
      if (cell) cell.replaceWith(fresh);
      else row.append(fresh);
      cell = fresh;
    }
    for (const button of cell.querySelectorAll('button')) button.disabled = thread.state === 'killed';
  }

  emptyRow() {
    const row = document.createElement('tr');
    const cell = document.createElement('td');
    cell.colSpan = COLUMNS.length + 1;
    cell.className = 'empty';
    cell.textContent = 'No trace records yet: boot the multi-process system (the kernel writes them, the bare-metal demo does not).';
    row.append(cell);
    return row;
  }
}
