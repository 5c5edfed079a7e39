// The Processes tab: one row per thread the kernel's trace records named, with its counts. Rebuilt from the
// TraceModel at most a few times a second (the caller throttles), as a real table (caption, column headers).
// Break it (#12): in a system with a shell, each other program's row has Crash and Kill buttons, which type the
// shell's own commands (crash NAME: the server faults on purpose; kill NAME: the supervisor stops it for good), so
// what follows is the system's real answer: the fault, the supervisor's restart, the DEAD replies.

const COLUMNS = ['name', 'thread', 'process', 'state', 'priority', 'instructions', 'faults', 'restarts', 'messages'];
/** The program that reads the commands the buttons type. */
const SHELL = 'shell';

/** The shell command a Break it button types. */
export const breakCommand = (action, name) => `${action} ${name}\n`;

export class ProcessesView {
  /** @param onBreak (action 'crash'|'kill', program name): types the command (the buttons are rebuilt, the listener is not) */
  constructor(table, model, onBreak = () => {}) {
    this.body = table.tBodies[0];
    this.table = table;
    this.model = model;
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
      button.disabled = thread.state === 'killed';
      cell.append(button, ' ');
    }
    return cell;
  }

  render() {
    const threads = this.model.threadList();
    const hasShell = threads.some((t) => t.name === SHELL && t.state !== 'killed' && t.state !== 'exited');
    const rows = threads.map((thread) => {
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
      row.append(this.breakCell(thread, hasShell));
      return row;
    });
    if (rows.length === 0) {
      const row = document.createElement('tr');
      const cell = document.createElement('td');
      cell.colSpan = COLUMNS.length + 1;
      cell.className = 'empty';
      cell.textContent = 'No trace records yet: boot the multi-process system (the kernel writes them, the bare-metal demo does not).';
      row.append(cell);
      rows.push(row);
    }
    this.body.replaceChildren(...rows);
    this.table.dataset.threads = String(this.model.threads.size);
  }
}
