// The placement control (#12) in the Processes tab: one checkbox per server of the system the next run boots ("NAME
// in the kernel"), disabled with the reason for a server that cannot be placed there, and a line saying what the
// next run will do with the choice. The choice is per system (the default system's, or a lesson's).
import { decodePlacement, encodePlacement, manifestChoice, presetChoice, presetOf, requestPlacement } from './placement.js';

/** The prebuilt default system in each preset (web/README.md). */
export const SYSTEM_IMAGES = { user: '/images/system.elf', kernel: '/images/system-kernel.elf', mixed: '/images/system-mixed.elf' };

export class PlacementView {
  /**
   * @param elements {list, target, status, presets (buttons with data-preset), summary (optional: the toolbar's
   *   button that says the choice beside Run)}
   */
  constructor(elements) {
    this.elements = elements;
    /** {kind: 'default'|'lesson', title, programs} or null before the default system's manifest came */
    this.system = null;
    this.choice = {};
    /** each system's choice by title, kept while the learner moves between the default system and lessons */
    this.choices = new Map();
    elements.list.addEventListener('change', (event) => {
      const box = event.target.closest('input[data-program]');
      if (!box) return;
      this.choice[box.dataset.program] = box.checked ? 'kernel' : 'user';
      this.choices.set(this.system.title, { system: this.system, choice: this.choice });
      this.renderStatus();
    });
    for (const button of elements.presets) {
      button.addEventListener('click', () => this.setChoice(presetChoice(this.system?.programs ?? [], button.dataset.preset)));
    }
  }

  /** Shows another system's servers; a choice saved with a module (text) applies when it fits, else its manifest's. */
  setSystem(system, saved = null) {
    if (this.system?.title === system.title) return;
    this.system = system;
    const kept = this.choices.get(system.title);
    this.setChoice(kept?.choice ?? decodePlacement(system.programs, saved) ?? manifestChoice(system.programs));
  }

  setChoice(choice) {
    this.choice = { ...choice };
    if (this.system !== null) this.choices.set(this.system.title, { system: this.system, choice: this.choice });
    this.render();
  }

  /**
   * The prebuilt default system for its choice (kept when a lesson is shown): {url} or {error} when the choice is not
   * one of the presets.
   */
  defaultSystemImage(title) {
    const kept = this.choices.get(title);
    if (!kept) return { url: SYSTEM_IMAGES.user };
    const preset = presetOf(kept.system.programs, kept.choice);
    return preset === null ? { error: notPrebuilt(describe(kept.system.programs, kept.choice)) } : { url: SYSTEM_IMAGES[preset] };
  }

  render() {
    const items = (this.system?.programs ?? []).map((program) => {
      const item = document.createElement('li');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.id = `placement-${program.name}`;
      box.dataset.program = program.name;
      box.checked = this.choice[program.name] === 'kernel';
      box.disabled = program.reason !== null;
      const label = document.createElement('label');
      label.htmlFor = box.id;
      label.textContent = `${program.name} in the kernel`;
      item.append(box, ' ', label);
      if (program.reason !== null) {
        const why = document.createElement('span');
        why.id = `placement-${program.name}-why`;
        why.className = 'placement-why';
        why.textContent = `user space only: ${program.reason}`;
        box.setAttribute('aria-describedby', why.id);
        item.append(' ', why);
      }
      return item;
    });
    this.elements.list.replaceChildren(...items);
    this.elements.target.textContent = this.system === null ? '' : this.system.title;
    this.renderStatus();
  }


  /** The preset the choice is, or null (then the default system has no prebuilt image for it). */
  preset() {
    return this.system === null ? 'user' : presetOf(this.system.programs, this.choice);
  }

  /** What Save records: a preset's name or "name=kernel,...". */
  saved() {
    return this.system === null ? undefined : encodePlacement(this.system.programs, this.choice);
  }

  /** A lesson build's placement: every server by name. */
  request() {
    return requestPlacement(this.system.programs, this.choice);
  }

  renderStatus() {
    const status = this.elements.status;
    if (this.system === null) {
      status.textContent = '';
      return;
    }
    const preset = this.preset();
    status.dataset.preset = preset ?? 'custom';
    this.renderSummary(preset);
    if (this.system.kind === 'lesson') {
      status.dataset.kind = 'info';
      status.textContent = `Run builds this lesson's system with ${describe(this.system.programs, this.choice)}.`;
    } else if (preset !== null) {
      status.dataset.kind = 'info';
      status.textContent = `Boot system boots the prebuilt ${SYSTEM_IMAGES[preset].slice('/images/'.length)} `
        + `(the ${preset} placement: ${describe(this.system.programs, this.choice)}).`;
    } else {
      status.dataset.kind = 'error';
      status.textContent = `Not prebuilt: ${notPrebuilt(describe(this.system.programs, this.choice))}. Boot system will not boot it.`;
    }
  }

  /**
   * The toolbar's reminder of the choice, beside Boot system: short (the preset's name, else how many servers are in
   * the kernel); its accessible name and title say the choice in full and which button uses it.
   */
  renderSummary(preset) {
    const summary = this.elements.summary;
    if (!summary || this.system === null) return;
    const kernel = this.system.programs.filter((p) => this.choice[p.name] === 'kernel').length;
    const lesson = this.system.kind === 'lesson';
    const short = kernel === 0 ? 'user space'
      : preset !== null && !lesson ? preset
        : `${kernel} in the kernel${lesson ? '' : ', not prebuilt'}`;
    const full = `${describe(this.system.programs, this.choice)}, for ${lesson ? 'Run' : 'Boot system'}`;
    summary.dataset.preset = preset ?? 'custom';
    summary.textContent = `Placement: ${short}`;
    summary.title = `${full}. Change it in the Processes tab.`;
    summary.setAttribute('aria-label', `Placement: ${short}: ${full}. Change it in the Processes tab`);
  }
}

/** The choice in words: "every server in user space" or "in the kernel: echo, files". */
export function describe(programs, choice) {
  const kernel = programs.filter((p) => choice[p.name] === 'kernel').map((p) => p.name);
  return kernel.length === 0 ? 'every server in user space' : `in the kernel: ${kernel.join(', ')}`;
}

/** Why the default system cannot boot a choice that is none of the presets. */
export function notPrebuilt(described) {
  return 'the page ships the default system prebuilt in the user, kernel and mixed placements only, and this choice '
    + `(${described}) is none of them: choose one of those, or build it with ./mkplay system --placement`;
}
