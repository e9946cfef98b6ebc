/**
 * list mode's output: the changed models as a matrix-ready JSON array. Each entry is a value for the
 * `models` input of one matrix job: a single path, or with a batch size above 1 a brace glob of several
 * paths (special characters escaped), so 400 changed models need not mean 400 jobs.
 */
import { escape } from 'minimatch';

/**
 * A glob that matches `path` only: minimatch's escape leaves braces and commas, so a model a pull request
 * named `{a,b}.h5` would match a.h5 and b.h5 instead, and its job would evaluate nothing and pass.
 */
function literal(path: string): string {
  return escape(path).replace(/[{},]/g, '\\$&');
}

export function matrixEntries(paths: string[], batchSize = 1): string[] {
  if (batchSize <= 1) return paths.map(literal);
  const entries: string[] = [];
  for (let i = 0; i < paths.length; i += batchSize) {
    const batch = paths.slice(i, i + batchSize).map(literal);
    entries.push(batch.length === 1 ? batch[0]! : `{${batch.join(',')}}`);
  }
  return entries;
}
