// The xterm.js console: shows UART output, keeps all of it as text for window.mkplay.consoleText(),
// and hands typed bytes (UTF-8; Enter is '\r') to a callback.
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';

export class Console {
  constructor(element, onInput) {
    this.terminal = new Terminal({
      // a Java program prints \n alone: the terminal starts the next line at its left edge (CR LF stays one break)
      convertEol: true,
      cursorBlink: true,
      fontFamily: 'ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace',
      fontSize: 14,
      rows: 24,
      scrollback: 5000,
      theme: { background: '#0b1020', foreground: '#d8dee9', cursor: '#88c0d0' },
    });
    // the terminal takes as many columns as its pane has room for (a phone gets a narrow one, no scrolling)
    this.fit = new FitAddon();
    this.terminal.loadAddon(this.fit);
    // Tab moves the focus on (a keyboard user must be able to leave the console: WCAG 2.1.2); the guests
    // here never read a tab character
    this.terminal.attachCustomKeyEventHandler((event) => event.key !== 'Tab');
    this.terminal.open(element);
    this.refit();
    new ResizeObserver(() => this.refit()).observe(element);
    this.decoder = new TextDecoder('utf-8');
    this.text = '';
    const encoder = new TextEncoder();
    this.terminal.onData((data) => onInput(encoder.encode(data)));
  }

  write(bytes) {
    this.text += this.decoder.decode(bytes, { stream: true });
    this.terminal.write(bytes);
  }

  clear() {
    this.decoder = new TextDecoder('utf-8');
    this.text = '';
    this.terminal.reset();
  }

  refit() {
    if (isVisible(this.terminal.element)) this.fit.fit();
  }

  focus() {
    this.terminal.focus();
  }
}

function isVisible(element) {
  return element && element.offsetWidth > 0 && element.offsetHeight > 0;
}
