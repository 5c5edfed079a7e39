// The code editor: one CodeMirror view, one EditorState per file (so each keeps its own undo history and its
// own diagnostics), Java highlighting, build diagnostics as lint squiggles.
import { basicSetup } from 'codemirror';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { java } from '@codemirror/lang-java';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { tags } from '@lezer/highlight';

/** Colours for the dark background, each at least 4.5:1 against it (WCAG AA for text). */
const HIGHLIGHT = HighlightStyle.define([
  { tag: [tags.keyword, tags.modifier, tags.controlKeyword, tags.definitionKeyword], color: '#d3a6ff' },
  { tag: [tags.string, tags.character], color: '#a3be8c' },
  { tag: [tags.number, tags.bool, tags.null], color: '#ebcb8b' },
  { tag: [tags.comment, tags.lineComment, tags.blockComment], color: '#9aa5b8', fontStyle: 'italic' },
  { tag: [tags.typeName, tags.className], color: '#88c0d0' },
  { tag: [tags.function(tags.variableName), tags.definition(tags.variableName)], color: '#8fbcff' },
  { tag: tags.invalid, color: '#ff8a94' },
]);

export class Editor {
  /**
   * @param parent the element the editor goes into
   * @param handlers {onChange(name, text), onCursorLine(name, line)}; Run and Save are the page's shortcuts
   */
  constructor(parent, handlers) {
    this.handlers = handlers;
    this.states = new Map();
    this.current = null;
    this.theme = EditorView.theme({
      '&': { height: '100%', backgroundColor: '#0b1020', color: '#d8dee9' },
      '.cm-content': { caretColor: '#88c0d0' },
      '.cm-gutters': { backgroundColor: '#111829', color: '#8a94a8', border: 'none' },
      '.cm-activeLine': { backgroundColor: '#18213a' },
      '.cm-activeLineGutter': { backgroundColor: '#18213a', color: '#d8dee9' },
      '&.cm-focused .cm-cursor': { borderLeftColor: '#88c0d0' },
      '&.cm-focused .cm-selectionBackground, .cm-selectionBackground': { backgroundColor: '#2e3a55 !important' },
    }, { dark: true });
    this.view = new EditorView({ parent });
  }

  /** Opens {@code name} with {@code text} unless the editor already holds that file. */
  open(name, text) {
    if (!this.states.has(name)) this.states.set(name, this.createState(name, text));
    this.current = name;
    this.view.setState(this.states.get(name));
  }

  rename(oldName, newName) {
    const state = this.states.get(oldName);
    this.states.delete(oldName);
    // the state's extensions name the file (aria-label, change events): rebuild them, keep the text
    if (state) this.states.set(newName, this.createState(newName, state.doc.toString()));
    if (this.current === oldName) this.open(newName, state?.doc.toString() ?? '');
  }

  forget(name) {
    this.states.delete(name);
  }

  /** Drops every file's state (a shared module replaced the files). */
  clear() {
    this.states.clear();
    this.current = null;
  }

  /**
   * Shows the build's diagnostics as squiggles, each at its file's line: from javac's column to the end of the
   * word there, or over the line's text when there is no column (our compiler works on bytecode lines).
   * Line 0 (about the whole program) has no place in the text; the problems list shows it.
   */
  showDiagnostics(diagnostics) {
    for (const [name, state] of this.states) {
      const own = diagnostics.filter((d) => d.file === name && d.line > 0);
      if (name === this.current) {
        // through the view, which keeps its scroll position; the update listener records the new state
        this.view.dispatch(setDiagnostics(this.view.state, own.map((d) => toLint(this.view.state, d))));
      } else {
        this.states.set(name, state.update(setDiagnostics(state, own.map((d) => toLint(state, d)))).state);
      }
    }
  }

  /** Puts the cursor at the start of {@code line} of the open file and focuses the editor. */
  goToLine(line) {
    const doc = this.view.state.doc;
    const target = doc.line(Math.min(Math.max(line, 1), doc.lines));
    this.view.dispatch({ selection: { anchor: target.from }, effects: EditorView.scrollIntoView(target.from, { y: 'center' }) });
    this.view.focus();
  }

  cursorLine() {
    const state = this.view.state;
    return state.doc.lineAt(state.selection.main.head).number;
  }

  focus() {
    this.view.focus();
  }

  createState(name, text) {
    const handlers = this.handlers;
    const editor = this;
    return EditorState.create({
      doc: text,
      extensions: [
        basicSetup,
        java(),
        syntaxHighlighting(HIGHLIGHT),
        lintGutter(),
        this.theme,
        // tabindex: axe counts a contenteditable as focusable content of its scroller only with one
        EditorView.contentAttributes.of({ 'aria-label': `Java source ${name}`, tabindex: '0' }),
        EditorView.updateListener.of((update) => {
          if (editor.current !== name) return;
          editor.states.set(name, update.state);
          if (update.docChanged) handlers.onChange(name, update.state.doc.toString());
          if (update.docChanged || update.selectionSet) {
            handlers.onCursorLine(name, update.state.doc.lineAt(update.state.selection.main.head).number);
          }
        }),
      ],
    });
  }
}

function toLint(state, diagnostic) {
  const doc = state.doc;
  const line = doc.line(Math.min(diagnostic.line, doc.lines));
  const indent = line.text.length - line.text.trimStart().length;
  let from = line.from + indent;
  let to = line.to;
  if (diagnostic.column > 0 && diagnostic.column <= line.length + 1) {
    from = line.from + diagnostic.column - 1;
    // javac's column is where the offending token starts: mark that token (a string or char literal, a word)
    const token = /^("(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?|\w+)/.exec(line.text.slice(diagnostic.column - 1));
    to = from + (token ? token[0].length : 1);
  }
  // an empty line (or the end of one) still gets a one-character mark
  return {
    from: Math.min(from, doc.length),
    to: Math.min(Math.max(to, from + 1), doc.length),
    severity: diagnostic.severity === 'warning' ? 'warning' : 'error',
    message: diagnostic.message,
    source: 'mkplay build',
  };
}
