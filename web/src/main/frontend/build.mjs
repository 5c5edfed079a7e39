// Bundles the page scripts and the emulator worker with esbuild and copies the HTML into the output directory
// (the Maven build passes target/classes/public, so everything lands under public/ on the classpath).
import { build } from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(process.argv[2] ?? join(here, 'dist'));

mkdirSync(outDir, { recursive: true });
cpSync(join(here, 'static'), outDir, { recursive: true });

const started = Date.now();
await build({
  entryPoints: {
    playground: join(here, 'src/playground.js'),
    bench: join(here, 'src/bench.js'),
    worker: join(here, 'src/worker.js'),
  },
  outdir: join(outDir, 'assets'),
  bundle: true,
  minify: true,
  // a classic script for the page and the worker: the worker pulls in TeaVM's runtime with importScripts
  format: 'iife',
  target: ['chrome119', 'firefox120', 'safari18'],
  logLevel: 'warning',
});
console.log(`front end bundled into ${outDir} in ${Date.now() - started} ms`);
