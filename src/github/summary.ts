/** The job summary: the report's markdown appended to the file the runner names in GITHUB_STEP_SUMMARY. */
import { appendFileSync } from 'node:fs';

/** GitHub shows at most 1 MiB of a step's summary. */
export const SUMMARY_LIMIT = 1024 * 1024;

/** Append markdown; returns false when the runner gave no summary file. */
export function writeJobSummary(markdown: string, path: string | undefined): boolean {
  if (!path) return false;
  appendFileSync(path, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
  return true;
}
