// Resizable panes and the tab strip. A splitter is a focusable separator: drag it, or focus it and press the
// arrow keys. The sizes are CSS custom properties on the container, in percent, kept in localStorage.

const STEP = 2;

/**
 * Makes {@code splitter} resize a pane: {@code property} (a CSS custom property of {@code container}) holds the
 * pane's share of the container in percent; {@code edge} says which side of the container the pane sits on.
 */
export function makeSplitter(splitter, container, { property, edge, storage, initial }) {
  const min = Number(splitter.getAttribute('aria-valuemin'));
  const max = Number(splitter.getAttribute('aria-valuemax'));
  const key = `mkplay.layout.${property}`;
  const set = (percent) => {
    const value = Math.round(Math.min(max, Math.max(min, percent)));
    container.style.setProperty(property, `${value}%`);
    splitter.setAttribute('aria-valuenow', String(value));
    try {
      storage.setItem(key, String(value));
    } catch {
      // only the size is lost
    }
  };
  set(Number(storage.getItem(key)) || initial);
  const vertical = splitter.getAttribute('aria-orientation') === 'vertical';
  const current = () => Number(splitter.getAttribute('aria-valuenow'));

  splitter.addEventListener('pointerdown', (down) => {
    splitter.setPointerCapture(down.pointerId);
    const move = (event) => {
      const box = container.getBoundingClientRect();
      const offset = vertical ? event.clientX - box.left : event.clientY - box.top;
      const size = vertical ? box.width : box.height;
      set(((edge === 'start' ? offset : size - offset) / size) * 100);
    };
    const up = () => {
      splitter.removeEventListener('pointermove', move);
      splitter.removeEventListener('pointerup', up);
    };
    splitter.addEventListener('pointermove', move);
    splitter.addEventListener('pointerup', up);
  });
  splitter.addEventListener('keydown', (event) => {
    const grow = edge === 'start' ? ['ArrowRight', 'ArrowDown'] : ['ArrowLeft', 'ArrowUp'];
    const shrink = edge === 'start' ? ['ArrowLeft', 'ArrowUp'] : ['ArrowRight', 'ArrowDown'];
    if (grow.includes(event.key)) set(current() + STEP);
    else if (shrink.includes(event.key)) set(current() - STEP);
    else if (event.key === 'Home') set(min);
    else if (event.key === 'End') set(max);
    else return;
    event.preventDefault();
  });
}

/**
 * A WAI-ARIA tab strip: the selected tab is the only one in the Tab order, the arrow keys move between the
 * visible tabs, each tab shows its panel (aria-controls).
 */
export class Tabs {
  constructor(tablist, onSelect = () => {}) {
    this.tablist = tablist;
    this.onSelect = onSelect;
    tablist.addEventListener('click', (event) => {
      const tab = event.target.closest('[role=tab]');
      if (tab) this.select(tab);
    });
    tablist.addEventListener('keydown', (event) => {
      const tabs = this.visible();
      const index = tabs.indexOf(document.activeElement);
      if (index < 0) return;
      const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      const tab = tabs[(next + tabs.length) % tabs.length];
      this.select(tab);
      tab.focus();
    });
  }

  visible() {
    return [...this.tablist.querySelectorAll('[role=tab]')].filter((tab) => !tab.hidden);
  }

  select(selected) {
    for (const tab of this.tablist.querySelectorAll('[role=tab]')) {
      const on = tab === selected;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      const panel = document.getElementById(tab.getAttribute('aria-controls'));
      if (panel) panel.hidden = !on;
    }
    this.onSelect(selected);
  }

  /** Shows a tab that was hidden until its data existed. */
  reveal(tab) {
    tab.hidden = false;
  }
}
