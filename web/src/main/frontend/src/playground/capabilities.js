// The Capabilities tab: every process's filled capability slots (object, rights, badge), from the kernel's CAP
// trace records (written at each grant, copy, delete and transfer), one real table, rows grouped by process.
import { CAP_TYPES, rightsText } from './trace.js';

export class CapabilitiesView {
  constructor(table, model) {
    this.table = table;
    this.body = table.tBodies[0];
    this.model = model;
  }

  render() {
    const rows = [];
    const tids = [...this.model.caps.keys()].sort((a, b) => a - b);
    for (const tid of tids) {
      const thread = this.model.threads.get(tid);
      const owner = thread?.name ? `${thread.name} (t${tid})` : `t${tid}`;
      const slots = [...this.model.caps.get(tid).values()].sort((a, b) => a.slot - b.slot);
      for (const cap of slots) rows.push(this.row(tid, owner, cap));
    }
    if (rows.length === 0) {
      const row = document.createElement('tr');
      const cell = document.createElement('td');
      cell.colSpan = 6;
      cell.className = 'empty';
      cell.textContent = 'No capability records yet: boot the multi-process system.';
      row.append(cell);
      rows.push(row);
    }
    this.body.replaceChildren(...rows);
    this.table.dataset.slots = String(rows.length === 1 && rows[0].querySelector('.empty') ? 0 : rows.length);
  }

  row(tid, owner, cap) {
    const row = document.createElement('tr');
    row.dataset.thread = String(tid);
    row.dataset.slot = String(cap.slot);
    const values = [['process', owner], ['slot', cap.slot], ['type', CAP_TYPES[cap.capType] ?? `type ${cap.capType}`],
      ['object', `${CAP_TYPES[cap.capType] ?? 'object'} ${cap.objectId}`], ['rights', rightsText(cap.rights)],
      ['badge', cap.badge === 0 ? 'none' : `0x${cap.badge.toString(16)}`]];
    for (const [column, value] of values) {
      const cell = document.createElement(column === 'process' ? 'th' : 'td');
      if (column === 'process') cell.scope = 'row';
      cell.dataset.column = column;
      cell.textContent = String(value);
      row.append(cell);
    }
    return row;
  }
}
