// Placement (#12): where each server of a system runs, user space (a process) or the kernel. Pure logic, no DOM:
// which programs of a system.json can be placed in the kernel and why not (the rules of system's
// Placements.placeable / whyNot, docs/system-images.md, Placement), the presets, and the text a module saves.

/** The presets the backend and the prebuilt default system know, in this order. */
export const PRESETS = ['user', 'kernel', 'mixed'];
/** The programs the mixed preset places in the kernel, when the system has them (Placements.STORAGE). */
const STORAGE = new Set(['files', 'kv']);

/** Why a manifest's program cannot run in the kernel, or null if it can (the same order as Placements.whyNot). */
export function whyNotInKernel(program) {
  if (!program.serves) return 'it serves no endpoint (only a server\'s handler can be called from the kernel)';
  if (program.elf) return 'a prebuilt ELF is linked for user space';
  if (program.role === 'supervisor') return 'the supervisor must survive the faults it handles';
  if (program.role === 'console' || (program.devices ?? []).length > 0) {
    return 'a driver maps its device and waits for interrupts in its own address space';
  }
  if (program.input) return 'a program reading input blocks, and a handler in the kernel may not block';
  return null;
}

/**
 * The programs of a system.json (its text): [{name, reason (null when it can run in the kernel), manifest
 * ('user'|'kernel', the manifest's own placement)}], in manifest order. Throws on text that is not a manifest.
 */
export function programsOf(manifestText) {
  const manifest = JSON.parse(manifestText);
  if (!Array.isArray(manifest?.programs)) throw new Error('a system.json has a programs list');
  return manifest.programs.map((p) => ({
    name: String(p.name), reason: whyNotInKernel(p), manifest: p.placement === 'kernel' ? 'kernel' : 'user',
  }));
}

/** Each program's place under a preset: {name: 'user'|'kernel'}. */
export function presetChoice(programs, preset) {
  const choice = {};
  for (const p of programs) {
    const kernel = p.reason === null && (preset === 'kernel' || (preset === 'mixed' && STORAGE.has(p.name)));
    choice[p.name] = kernel ? 'kernel' : 'user';
  }
  return choice;
}

/** The manifest's own placement of every program. */
export function manifestChoice(programs) {
  return Object.fromEntries(programs.map((p) => [p.name, p.manifest]));
}

/** The preset that places every program as the choice does, or null when none does. */
export function presetOf(programs, choice) {
  return PRESETS.find((preset) => {
    const placed = presetChoice(programs, preset);
    return programs.every((p) => (choice[p.name] ?? 'user') === placed[p.name]);
  }) ?? null;
}

/** The build request's placement: every program of the system by name, in name order (the backend's identity). */
export function requestPlacement(programs, choice) {
  const names = programs.map((p) => p.name).sort();
  return Object.fromEntries(names.map((name) => [name, choice[name] === 'kernel' ? 'kernel' : 'user']));
}

/**
 * The text a module saves (the backend takes [A-Za-z0-9][A-Za-z0-9_.:,=-]{0,127}): the preset's name when the choice
 * is one, else the programs in the kernel as "name=kernel,...", or "user" when none is.
 */
export function encodePlacement(programs, choice) {
  const preset = presetOf(programs, choice);
  if (preset !== null) return preset;
  return programs.filter((p) => choice[p.name] === 'kernel').map((p) => `${p.name}=kernel`).join(',') || 'user';
}

/**
 * A saved placement back to a choice for these programs: a preset, or "name=kernel|user,..."; names the system does
 * not have and programs that cannot run in the kernel are left at user space. Null for text it cannot read.
 */
export function decodePlacement(programs, text) {
  if (typeof text !== 'string' || text === '') return null;
  if (PRESETS.includes(text)) return presetChoice(programs, text);
  const choice = presetChoice(programs, 'user');
  for (const part of text.split(',')) {
    const [name, place, extra] = part.split('=');
    if (extra !== undefined || (place !== 'kernel' && place !== 'user')) return null;
    const program = programs.find((p) => p.name === name);
    if (program && (place === 'user' || program.reason === null)) choice[name] = place;
  }
  return choice;
}
