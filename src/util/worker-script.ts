import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Path of the bundled worker entry (dist/worker.js). From the bundle it is a sibling file; from the
 * TypeScript sources (tests, tsx) it is <package root>/dist/worker.js, built by `npm run build`.
 */
export function workerScriptPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'worker.js'), join(here, '..', 'dist', 'worker.js'), join(here, '..', '..', 'dist', 'worker.js')];
  for (const candidate of candidates) if (existsSync(candidate)) return candidate;
  throw new Error(`worker script not found (looked in ${candidates.join(', ')}); run \`npm run build\``);
}
