/**
 * list mode's output: the changed models as a matrix-ready JSON array. Each entry is a value for the
 * `models` input of one matrix job: a single path, or with a batch size above 1 a brace glob of several
 * paths (special characters escaped), so 400 changed models need not mean 400 jobs.
 */
import { escape } from 'minimatch';

export function matrixEntries(paths: string[], batchSize = 1): string[] {
  if (batchSize <= 1) return paths.map((p) => escape(p));
  const entries: string[] = [];
  for (let i = 0; i < paths.length; i += batchSize) {
    const batch = paths.slice(i, i + batchSize).map((p) => escape(p).replace(/,/g, '\\,'));
    entries.push(batch.length === 1 ? batch[0] : `{${batch.join(',')}}`);
  }
  return entries;
}
