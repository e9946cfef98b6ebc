/**
 * GateReport → markdown for the PR comment and the job summary: a summary line (✅/❌ and why), the
 * breaches, then one section per model. Folded to fit `maxChars` (GitHub comments hold 65,536): detail is
 * dropped step by step, passing models first, and a note says so.
 */
import type { Breach, ModelComparison } from '../results/types.js';
import { THRESHOLD_INPUTS, type Thresholds } from '../metrics/thresholds.js';
import { cell, code, sortBreaches, sortComparisons, withoutPath } from './format.js';
import { renderModel, type Detail } from './model.js';
import type { GateReport } from './types.js';

export const COMMENT_LIMIT = 65536;

export interface MarkdownOptions {
  /** Longest allowed result, in characters (UTF-16 code units, as GitHub counts). */
  maxChars?: number;
  /** Shown first (e.g. the tool name and comment key). */
  title?: string;
}

/** Detail per model for each folding step: [failing models, passing models]. */
const FOLDS: [Detail, Detail][] = [
  ['full', 'full'],
  ['full', 'compact'],
  ['compact', 'table'],
  ['compact', 'line'],
  ['table', 'line'],
  ['line', 'line'],
];

const UNITS: Record<keyof Thresholds, string> = {
  maxAccuracyDrop: ' pp', maxInt8AccuracyDrop: ' pp', maxSizeIncrease: '%', maxLatencyIncrease: '%', maxOutputDiff: '',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** At most this many breaches are listed at the top; each model's section lists its own. */
const TOP_BREACHES = 20;

function byModel(breaches: Breach[]): Map<string, Breach[]> {
  const map = new Map<string, Breach[]>();
  for (const b of breaches) map.set(b.model, [...(map.get(b.model) ?? []), b]);
  return map;
}

function failed(c: ModelComparison, breaches: Map<string, Breach[]>): boolean {
  return c.error !== undefined || breaches.has(c.path);
}

export function summaryLine(report: GateReport, title = 'tflite-gate'): string {
  const { comparisons, verdict } = report;
  if (!comparisons.length) return `## ✅ ${title}: no changed model files to check`;
  const breaches = byModel(verdict.breaches);
  const failing = comparisons.filter((c) => failed(c, breaches)).length;
  if (verdict.passed) return `## ✅ ${title}: ${comparisons.length === 1 ? 'the model passes' : `all ${comparisons.length} models pass`}`;
  const why = [
    verdict.breaches.length ? plural(verdict.breaches.length, 'threshold breach').replace('breachs', 'breaches') : '',
    verdict.errors.length ? `${plural(verdict.errors.length, 'model')} could not be evaluated` : '',
  ].filter(Boolean);
  return `## ❌ ${title}: ${failing} of ${plural(comparisons.length, 'model')} failed — ${why.join(', ')}`;
}

function thresholdsLine(t: Thresholds): string {
  const set = (Object.keys(THRESHOLD_INPUTS) as (keyof Thresholds)[]).filter((k) => t[k] !== undefined);
  const parts = set.map((k) => `\`${THRESHOLD_INPUTS[k]}\` ${t[k]}${UNITS[k]}`);
  return parts.length ? `Thresholds: ${parts.join(', ')}.` : 'No thresholds set.';
}

function breachList(report: GateReport, max = Infinity): string {
  const lines = sortBreaches(report.verdict.breaches).map(
    (b) => `- ❌ ${code(b.model)}${b.variant ? ` ${b.variant}` : ''} \`${b.threshold}\`: ${cell(b.message)}`,
  );
  lines.push(...report.verdict.errors.map((e) => `- ❌ ${code(e.model)}: ${cell(withoutPath(e.message, e.model))}`));
  if (lines.length <= max) return lines.join('\n');
  return [...lines.slice(0, max), `- … and ${lines.length - max} more (see each model below, or report.json)`].join('\n');
}

/** The whole markdown at one folding step; `fold` undefined leaves the model sections out. */
function render(report: GateReport, fold: [Detail, Detail] | undefined, title?: string, maxBreaches = TOP_BREACHES): string {
  const breaches = byModel(report.verdict.breaches);
  const head = [summaryLine(report, title)];
  if (report.context) head.push(report.context);
  const list = breachList(report, maxBreaches);
  if (list) head.push(list);
  head.push(thresholdsLine(report.thresholds));
  if (!fold) return head.join('\n\n') + '\n';
  const sections = sortComparisons(report.comparisons).map((c) => {
    return renderModel(c, breaches.get(c.path) ?? [], failed(c, breaches) ? fold[0] : fold[1]);
  });
  const lineOnly = fold[0] === 'line' && fold[1] === 'line';
  return [...head, lineOnly ? sections.join('\n') : sections.join('\n\n')].join('\n\n') + '\n';
}

function foldNote(step: number): string {
  const what = step === 1 ? 'details of passing models' : 'detail';
  return `> [!NOTE]\n> Some ${what} folded to stay under GitHub's 65,536-character comment limit. The full report is in the job summary and the \`report.json\` artifact.\n`;
}

export function renderMarkdown(report: GateReport, options: MarkdownOptions = {}): string {
  const max = options.maxChars ?? Infinity;
  for (let step = 0; step < FOLDS.length; step++) {
    const body = render(report, FOLDS[step], options.title);
    const text = step === 0 ? body : `${body}\n${foldNote(step)}`;
    if (text.length <= max) return text;
  }
  // Even one line per model is too long: keep the summary and as many breaches as fit.
  for (let keep = TOP_BREACHES; keep >= 0; keep = keep > 5 ? Math.floor(keep / 2) : keep - 1) {
    const text = `${render(report, undefined, options.title, keep)}\n${foldNote(FOLDS.length)}`;
    if (text.length <= max) return text;
  }
  return summaryLine(report, options.title).slice(0, max);
}
