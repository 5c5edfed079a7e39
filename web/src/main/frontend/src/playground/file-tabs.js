// The editor's file tabs and the Add / Rename / Delete actions. Names are checked before anything changes
// (workspace.nameProblem); a refused name leaves the files as they were and says why next to the field.
import { nameProblem } from './workspace.js';

export class FileTabs {
  /** @param ui the tab strip, the name form and its parts, the three action buttons */
  constructor(workspace, editor, ui, onOpen) {
    this.workspace = workspace;
    this.editor = editor;
    this.ui = ui;
    this.onOpen = onOpen;
    this.mode = null;
    ui.add.addEventListener('click', () => this.ask('add'));
    ui.rename.addEventListener('click', () => this.ask('rename'));
    ui.remove.addEventListener('click', () => this.remove());
    ui.cancel.addEventListener('click', () => this.closeForm());
    ui.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    ui.form.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.closeForm();
    });
    ui.tablist.addEventListener('keydown', (event) => this.keydown(event));
  }

  render() {
    const tabs = this.workspace.files.map((file, index) => {
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.setAttribute('role', 'tab');
      tab.id = `file-tab-${index}`;
      tab.className = 'file-tab';
      tab.dataset.file = file.name;
      tab.textContent = file.name;
      const selected = index === this.workspace.active;
      tab.setAttribute('aria-selected', String(selected));
      tab.setAttribute('aria-controls', 'editor');
      tab.tabIndex = selected ? 0 : -1;
      tab.addEventListener('click', () => this.openIndex(index));
      return tab;
    });
    this.ui.tablist.replaceChildren(...tabs);
    this.ui.remove.disabled = this.workspace.files.length === 1;
  }

  openActive() {
    const file = this.workspace.activeFile();
    this.editor.open(file.name, file.content);
    this.onOpen();
  }

  openIndex(index) {
    this.workspace.open(index);
    this.render();
    this.openActive();
  }

  openByName(name) {
    const index = this.workspace.files.findIndex((file) => file.name === name);
    if (index >= 0 && index !== this.workspace.active) this.openIndex(index);
  }

  keydown(event) {
    const count = this.workspace.files.length;
    const active = this.workspace.active;
    const next = { ArrowRight: active + 1, ArrowLeft: active - 1, Home: 0, End: count - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.openIndex((next + count) % count);
    this.ui.tablist.children[this.workspace.active].focus();
  }

  ask(mode) {
    this.mode = mode;
    this.ui.label.textContent = mode === 'add' ? 'New file name' : `Rename ${this.workspace.activeFile().name} to`;
    this.ui.input.value = mode === 'add' ? '' : this.workspace.activeFile().name;
    this.showError('');
    this.ui.form.hidden = false;
    this.ui.input.focus();
    this.ui.input.select();
  }

  submit() {
    const name = this.ui.input.value.trim();
    const renaming = this.mode === 'rename' ? this.workspace.activeFile() : null;
    const problem = renaming && renaming.name === name ? null : nameProblem(name, this.workspace.files, renaming);
    if (problem) {
      this.showError(problem);
      this.ui.input.focus();
      return;
    }
    if (renaming) {
      const old = renaming.name;
      this.workspace.rename(renaming, name);
      this.editor.rename(old, name);
    } else {
      this.workspace.add(name);
    }
    this.closeForm();
    this.render();
    this.openActive();
    this.editor.focus();
  }

  remove() {
    const file = this.workspace.activeFile();
    if (this.workspace.files.length === 1 || !confirm(`Delete ${file.name}? Its text is lost.`)) return;
    this.workspace.remove(file);
    this.editor.forget(file.name);
    this.render();
    this.openActive();
  }

  closeForm() {
    this.ui.form.hidden = true;
    this.showError('');
    this.mode = null;
  }

  showError(text) {
    this.ui.error.textContent = text;
    if (text) this.ui.input.setAttribute('aria-invalid', 'true');
    else this.ui.input.removeAttribute('aria-invalid');
  }
}
