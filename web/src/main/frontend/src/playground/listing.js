// The RISC-V listing tab: the machine code the last successful build emitted for each source line of the open
// file, one group per line; the group of the line under the editor's cursor is highlighted.

const hex = (value, digits) => Number(value).toString(16).padStart(digits, '0');

export class Listing {
  constructor(container, caption) {
    this.container = container;
    this.caption = caption;
    this.entries = [];
    this.file = null;
    this.line = 0;
  }

  /**
   * The listing of a build as the API gives it: per source line, {file, line, instructions: [{address,
   * encoding (hex), text, method}]} in address order.
   */
  setEntries(groups) {
    this.entries = groups.filter((group) => group.file != null && group.line > 0 && group.instructions?.length);
    this.file = null;
  }

  hasEntries() {
    return this.entries.length > 0;
  }

  /** Shows {@code file} (its text gives each group's source line) with {@code line} highlighted. */
  show(file, text, line) {
    if (this.file !== file || this.text !== text) this.render(file, text);
    this.highlight(line);
  }

  render(file, text) {
    this.file = file;
    this.text = text;
    const sourceLines = text.split('\n');
    const byLine = new Map();
    for (const group of this.entries) {
      if (group.file === file) byLine.set(group.line, [...(byLine.get(group.line) ?? []), ...group.instructions]);
    }
    const groups = [...byLine.keys()].sort((a, b) => a - b).map((line) => {
      const group = document.createElement('section');
      group.className = 'listing-group';
      group.dataset.line = String(line);
      const heading = document.createElement('h3');
      const number = document.createElement('span');
      number.className = 'listing-line-number';
      number.textContent = `${file}:${line}`;
      const source = document.createElement('code');
      source.textContent = (sourceLines[line - 1] ?? '').trim();
      heading.append(number, ' ', source);
      const code = document.createElement('pre');
      code.textContent = byLine.get(line)
        .sort((a, b) => a.address - b.address)
        .map((i) => `${hex(i.address, 8)}:  ${String(i.encoding).padStart(8)}  ${i.text}`)
        .join('\n');
      group.append(heading, code);
      return group;
    });
    this.container.replaceChildren(...groups);
    this.caption.textContent = groups.length > 0
      ? `${file}: the instructions of each line (address, encoding, disassembly) from the last successful build`
      : `${file} has no code in the last successful build.`;
    this.line = 0;
  }

  highlight(line) {
    const previous = this.container.querySelector('.listing-group.current');
    previous?.classList.remove('current');
    previous?.removeAttribute('aria-current');
    this.line = line;
    const group = this.container.querySelector(`.listing-group[data-line="${line}"]`);
    if (!group) return;
    group.classList.add('current');
    group.setAttribute('aria-current', 'true');
    if (!this.container.closest('[hidden]')) group.scrollIntoView({ block: 'nearest' });
  }
}
