// The xterm.js console: shows UART output, keeps all of it as text for window.mkplay.consoleText(),
// and hands typed bytes (UTF-8; Enter is '\r') to a callback.
import { Terminal } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';

export class Console {
  constructor(element, onInput) {
    this.terminal = new Terminal({
      convertEol: false,
      cursorBlink: true,
      fontFamily: 'ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace',
      fontSize: 14,
      rows: 24,
      scrollback: 5000,
      theme: { background: '#0b1020', foreground: '#d8dee9', cursor: '#88c0d0' },
    });
    this.terminal.open(element);
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

  focus() {
    this.terminal.focus();
  }
}
