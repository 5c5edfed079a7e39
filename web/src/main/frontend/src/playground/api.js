// The backend's JSON API. Every error the server sends is {error, status}; a failed request throws an Error
// carrying that message, so the page can show it.

async function request(method, path, body) {
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new Error(`cannot reach the server (${error.message})`);
  }
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: reported below with the status
  }
  return { status: response.status, ok: response.ok, json, text };
}

function failure(result, what) {
  const reason = result.json?.error ?? result.json?.message ?? `HTTP ${result.status}`;
  return new Error(`${what}: ${reason}`);
}

/**
 * Compiles the files (for {@code lesson}, an id: packed into its system image when it has a system.json, its servers
 * placed as {@code placement} says: {name: 'user'|'kernel'}). Resolves
 * to the build: {id, ok, diagnostics: [{file, line, column, severity, message,
 * tool}], image: {url, ...} | null, listing: [{file, line, instructions}]}. Compile errors are a normal result
 * (ok false); anything else (a refused request, the server down) rejects.
 */
export async function build(files, lesson = null, placement = null) {
  const body = lesson === null ? { files } : placement === null ? { files, lesson } : { files, lesson, placement };
  const result = await request('POST', '/api/builds', body);
  const answer = result.json;
  if (!Array.isArray(answer?.diagnostics)) throw failure(result, 'build failed');
  return {
    id: answer.id,
    ok: answer.ok === true && answer.image != null,
    diagnostics: answer.diagnostics,
    image: answer.image,
    listing: answer.listing ?? [],
  };
}

/** The bootable image of a successful build, as bytes. */
export async function buildImage(build) {
  const url = build.image?.url ?? `/api/builds/${encodeURIComponent(build.id)}/image`;
  let response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`cannot reach the server (${error.message})`);
  }
  if (!response.ok) throw new Error(`cannot fetch the image of build ${build.id}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Saves the files as a module; resolves to {id, url}. */
export async function saveModule(module) {
  const result = await request('POST', '/api/modules', module);
  if (!result.ok || !result.json?.id) throw failure(result, 'save failed');
  return { id: result.json.id, url: result.json.url ?? `/m/${result.json.id}` };
}

/** A saved module: {id, title, lesson?, files, placement?}. */
export async function loadModule(id) {
  const result = await request('GET', `/api/modules/${encodeURIComponent(id)}`);
  if (!result.ok) throw failure(result, `cannot open module ${id}`);
  return result.json;
}

/** The course: [{id, title, order}] in course order. */
export async function lessons() {
  const result = await request('GET', '/api/lessons');
  if (!result.ok || !Array.isArray(result.json)) throw failure(result, 'cannot load the course');
  return result.json;
}

/**
 * One lesson: {id, title, order, html (safe, rendered by the server), starter: [{name, content}], manifest (its
 * system.json, or null), input (typed when the system waits, or null), checks (lines), checksFile, budget}.
 */
export async function lesson(id) {
  const result = await request('GET', `/api/lessons/${encodeURIComponent(id)}`);
  if (!result.ok) throw failure(result, `cannot open lesson ${id}`);
  return result.json;
}

/**
 * Stores a benchmark of the default system: the server runs it itself ({workloads, placements}; the figures are
 * deterministic, so they are the page's) and keeps the answer. Resolves to {id, workloads, placements, results}.
 */
export async function saveBenchmark({ workloads, placements }) {
  const result = await request('POST', '/api/benchmarks', { workloads, placements });
  if (!result.ok || !result.json?.id || !Array.isArray(result.json.results)) {
    throw failure(result, 'the server did not store the benchmark');
  }
  return result.json;
}

/**
 * A stored benchmark: {id, workloads, placements, short, long, results}. An unknown id rejects with an Error whose
 * {@code notFound} is true.
 */
export async function loadBenchmark(id) {
  const result = await request('GET', `/api/benchmarks/${encodeURIComponent(id)}`);
  if (!result.ok || !Array.isArray(result.json?.results)) {
    const error = failure(result, `cannot open benchmark ${id}`);
    error.notFound = result.status === 404;
    throw error;
  }
  return result.json;
}
