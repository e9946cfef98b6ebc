/** The report of one gate run: what report.json holds and what the markdown is rendered from. */
import type { Thresholds } from '../metrics/thresholds.js';
import type { ModelComparison, VariantName, Verdict } from '../results/types.js';

export const REPORT_SCHEMA = 'tflite-gate/report@1';

export interface GateReport {
  schema: typeof REPORT_SCHEMA;
  /** The comment key this report belongs to ('' for the default comment). */
  commentKey: string;
  /** The run-wide thresholds (per-model rules may differ; their breaches are in the verdict). */
  thresholds: Thresholds;
  variants: VariantName[];
  /** One per model, sorted by path. */
  comparisons: ModelComparison[];
  verdict: Verdict;
  /** Where the numbers came from, e.g. "pull request #12, base 1a2b3c4 → head 5d6e7f8". */
  context?: string;
  /**
   * Shown at the top, before anything else: what the run did not take from the pull request (a changed
   * config file or test set, whose base versions were used) and what the change would have done. Markdown.
   */
  notices?: string[];
}
