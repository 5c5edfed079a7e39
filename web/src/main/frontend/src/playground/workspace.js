// The learner's files: names, contents, which one is open. Kept in localStorage on every change, so unsaved
// work survives a reload; each workspace (the scratch one at /, one per shared module at /m/{id}) has its own key.

/** A Java source file: a letter, then letters, digits or underscores, then ".java" (a class name javac accepts). */
export const FILE_NAME = /^[A-Za-z][A-Za-z0-9_]*\.java$/;

/** The program a first visit starts with. */
export const STARTER_FILES = [{
  name: 'Hello.java',
  content: `public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello from RISC-V!");
        int sum = 0;
        for (int i = 1; i <= 10; i++) {
            sum += i * i;
        }
        System.out.println("squares 1..10 sum to " + sum);
    }
}
`,
}];

/** Why {@code name} cannot be used for a new or renamed file among {@code files}, or null when it can. */
export function nameProblem(name, files, except = null) {
  if (!FILE_NAME.test(name)) {
    return 'A file name is a Java class name followed by .java, e.g. Server.java (letters, digits, _; a letter first).';
  }
  const clash = files.find((file) => file !== except && file.name.toLowerCase() === name.toLowerCase());
  return clash ? `There is already a file called ${clash.name}.` : null;
}

export class Workspace {
  /**
   * @param storage localStorage (or anything with getItem/setItem)
   * @param key where this workspace lives in storage
   * @param initial files to start with when storage holds nothing for the key
   */
  constructor(storage, key, initial) {
    this.storage = storage;
    this.key = key;
    const stored = this.read();
    this.files = stored?.files ?? initial.map((file) => ({ ...file }));
    this.active = Math.min(Math.max(stored?.active ?? 0, 0), this.files.length - 1);
    this.restored = stored !== null;
    this.listeners = new Set();
  }

  onChange(listener) {
    this.listeners.add(listener);
  }

  activeFile() {
    return this.files[this.active];
  }

  byName(name) {
    return this.files.find((file) => file.name === name) ?? null;
  }

  setContent(file, content) {
    file.content = content;
    this.save('content');
  }

  open(index) {
    this.active = index;
    this.save('open');
  }

  add(name) {
    const problem = nameProblem(name, this.files);
    if (problem) throw new Error(problem);
    const className = name.slice(0, -'.java'.length);
    this.files.push({ name, content: `public class ${className} {\n}\n` });
    this.active = this.files.length - 1;
    this.save('files');
  }

  rename(file, name) {
    const problem = nameProblem(name, this.files, file);
    if (problem) throw new Error(problem);
    file.name = name;
    this.save('files');
  }

  remove(file) {
    if (this.files.length === 1) throw new Error('A program needs at least one file.');
    const index = this.files.indexOf(file);
    this.files.splice(index, 1);
    this.active = Math.min(this.active, this.files.length - 1);
    this.save('files');
  }

  /**
   * Becomes the workspace stored under {@code key}: its stored files, else {@code initial} (also when
   * {@code fromStarter}, which overwrites what is stored). The workspace left behind stays in storage as it was.
   */
  switchTo(key, initial, { fromStarter = false } = {}) {
    this.key = key;
    const stored = fromStarter ? null : this.read();
    this.files = stored?.files ?? initial.map(({ name, content }) => ({ name, content }));
    this.active = Math.min(Math.max(stored?.active ?? 0, 0), this.files.length - 1);
    this.restored = stored !== null;
    this.save('files');
  }

  /** Replaces every file (a shared module being opened). */
  replace(files) {
    this.files = files.map(({ name, content }) => ({ name, content }));
    this.active = 0;
    this.save('files');
  }

  /** The files as the API takes them. */
  snapshot() {
    return this.files.map(({ name, content }) => ({ name, content }));
  }

  save(what) {
    try {
      this.storage.setItem(this.key, JSON.stringify({ files: this.snapshot(), active: this.active }));
    } catch {
      // storage full or disabled: the work is still in the page, only a reload would lose it
    }
    for (const listener of this.listeners) listener(what);
  }

  read() {
    try {
      const value = JSON.parse(this.storage.getItem(this.key));
      const valid = Array.isArray(value?.files) && value.files.length > 0
        && value.files.every((f) => typeof f?.name === 'string' && typeof f?.content === 'string');
      return valid ? value : null;
    } catch {
      return null;
    }
  }
}
