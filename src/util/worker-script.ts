import { distFileCandidates, findDistFile } from './dist-file.js';

/**
 * Path of the bundled worker entry (dist/worker.js). From the bundle it is a sibling file; from the
 * TypeScript sources (tests, tsx) it is <package root>/dist/worker.js, built by `npm run build`.
 */
export function workerScriptPath(): string {
  const found = findDistFile('worker.js');
  if (found) return found;
  throw new Error(`worker script not found (looked in ${distFileCandidates('worker.js').join(', ')}); run \`npm run build\``);
}
