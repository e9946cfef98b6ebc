/** Files under a directory matching a glob (merge mode's report.json files), sorted, skipping .git and node_modules. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { matchesGlob } from '../config/resolve.js';

const SKIP = new Set(['.git', 'node_modules']);

export function findFiles(root: string, glob: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (SKIP.has(entry.name)) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && matchesGlob(relative(root, full).split(sep).join('/'), glob)) found.push(full);
    }
  };
  walk(root);
  return found.sort();
}
