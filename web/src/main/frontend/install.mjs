// Installs the locked npm packages with `npm ci`, unless node_modules already holds exactly that lock
// (npm's own record, node_modules/.package-lock.json, is newer than package.json and package-lock.json).
// Skipping saves the build a reinstall, and a build that overlaps another one does not delete its packages.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const installed = join(here, 'node_modules', '.package-lock.json');
const modified = (file) => statSync(join(here, file)).mtimeMs;

const upToDate = existsSync(installed)
  && statSync(installed).mtimeMs >= Math.max(modified('package.json'), modified('package-lock.json'));
if (upToDate) {
  console.log('npm packages up to date');
} else {
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: here, stdio: 'inherit' });
}
