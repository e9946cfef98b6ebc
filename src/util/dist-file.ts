import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Candidate locations of a file of the built package (`relative` to dist/): from the bundle the code
 * itself lives in dist/; from the TypeScript sources (tests, tsx) dist/ is at the package root.
 */
export function distFileCandidates(relative: string): string[] {
  const here = dirname(fileURLToPath(import.meta.url));
  return [join(here, relative), join(here, '..', 'dist', relative), join(here, '..', '..', 'dist', relative)];
}

/** Path of a file of dist/ (e.g. 'worker.js', 'wasm/hdf5_util.wasm'), or undefined when it is not built. */
export function findDistFile(relative: string): string | undefined {
  return distFileCandidates(relative).find((candidate) => existsSync(candidate));
}
