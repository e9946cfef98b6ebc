/**
 * GateReport → markdown for the PR comment and the job summary: a summary line (✅/❌ and why), then one
 * section per model with its breaches; a breach is listed at the top only when its model's section is
 * folded to one line (each breach once). Folded to fit `maxChars` (GitHub comments hold 65,536): detail is
 * dropped step by step, passing models first, and a note says so.
 */
import type { Breach, ModelComparison, Unchecked } from '../results/types.js';
import { thresholdsLine } from './thresholds.js';
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

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** At most this many breaches are listed at the top; each model's section lists its own. */
const TOP_BREACHES = 20;

/** Breaches and checks that could not be made, by model (a run-wide unchecked item has no model). */
function byModel(breaches: Breach[], unchecked: Unchecked[] = []): Map<string, Breach[]> {
  const map = new Map<string, Breach[]>();
  for (const b of breaches) map.set(b.model, [...(map.get(b.model) ?? []), b]);
  for (const u of unchecked) if (u.model !== undefined && !map.has(u.model)) map.set(u.model, []);
  return map;
}

function failed(c: ModelComparison, breaches: Map<string, Breach[]>): boolean {
  return c.error !== undefined || breaches.has(c.path);
}

/** Why checks could not be made, for the summary line: the first reason, and how many more. */
function uncheckedWhy(unchecked: Unchecked[]): string {
  if (!unchecked.length) return '';
  const [first] = unchecked;
  const more = unchecked.length > 1 ? ` (and ${unchecked.length - 1} more check${unchecked.length > 2 ? 's' : ''} that could not be made)` : '';
  const who = first.model === undefined ? '' : `${code(first.model)}: `;
  return `${who}\`${first.check}\` cannot be checked: ${cell(withoutPath(first.message, first.model ?? ''))}${more}`;
}

export function summaryLine(report: GateReport, title = 'tflite-gate'): string {
  const { comparisons, verdict } = report;
  const unchecked = verdict.unchecked ?? [];
  if (!comparisons.length && verdict.passed) return `## ✅ ${title}: no changed model files to check`;
  if (!comparisons.length) return `## ❌ ${title}: no model checked — ${uncheckedWhy(unchecked)}`;
  const breaches = byModel(verdict.breaches, unchecked);
  const failing = comparisons.filter((c) => failed(c, breaches)).length;
  if (verdict.passed) return `## ✅ ${title}: ${comparisons.length === 1 ? 'the model passes' : `all ${comparisons.length} models pass`}`;
  const why = [
    verdict.breaches.length ? plural(verdict.breaches.length, 'threshold breach').replace('breachs', 'breaches') : '',
    verdict.errors.length ? `${plural(verdict.errors.length, 'model')} could not be evaluated` : '',
    uncheckedWhy(unchecked),
  ].filter(Boolean);
  return `## ❌ ${title}: ${failing} of ${plural(comparisons.length, 'model')} failed — ${why.join(', ')}`;
}

/** The breaches, errors and unmade checks of the models whose section does not list them (each is listed once). */
function breachList(report: GateReport, max = Infinity, listedBelow: (model: string) => boolean = () => false): string {
  const lines = sortBreaches(report.verdict.breaches).filter((b) => !listedBelow(b.model)).map(
    (b) => `- ❌ ${code(b.model)}${b.variant ? ` ${b.variant}` : ''} \`${b.threshold}\`: ${cell(b.message)}`,
  );
  lines.push(...report.verdict.errors.filter((e) => !listedBelow(e.model)).map((e) => `- ❌ ${code(e.model)}: ${cell(withoutPath(e.message, e.model))}`));
  lines.push(...(report.verdict.unchecked ?? []).filter((u) => u.model === undefined || !listedBelow(u.model)).map((u) => {
    const who = u.model === undefined ? '' : `${code(u.model)} `;
    return `- ❌ ${who}\`${u.check}\` cannot be checked: ${cell(withoutPath(u.message, u.model ?? ''))}`;
  }));
  if (lines.length <= max) return lines.join('\n');
  return [...lines.slice(0, max), `- … and ${lines.length - max} more (see each model below, or report.json)`].join('\n');
}

/** The whole markdown at one folding step; `fold` undefined leaves the model sections out. */
function render(report: GateReport, fold: [Detail, Detail] | undefined, title?: string, maxBreaches = TOP_BREACHES): string {
  const breaches = byModel(report.verdict.breaches, report.verdict.unchecked);
  const head = [summaryLine(report, title)];
  if (report.notices?.length) head.push(noticeBlock(report.notices));
  if (report.context) head.push(report.context);
  const detailOf = (c: ModelComparison) => (failed(c, breaches) ? fold?.[0] : fold?.[1]);
  const inSection = new Set(report.comparisons.filter((c) => detailOf(c) !== undefined && detailOf(c) !== 'line').map((c) => c.path));
  const list = breachList(report, maxBreaches, (model) => inSection.has(model));
  if (list) head.push(list);
  head.push(thresholdsLine(report.thresholds));
  if (!fold) return head.join('\n\n') + '\n';
  const sections = sortComparisons(report.comparisons).map((c) => {
    const unchecked = (report.verdict.unchecked ?? []).filter((u) => u.model === c.path);
    return renderModel(c, breaches.get(c.path) ?? [], detailOf(c)!, unchecked);
  });
  const lineOnly = fold[0] === 'line' && fold[1] === 'line';
  return [...head, lineOnly ? sections.join('\n') : sections.join('\n\n')].join('\n\n') + '\n';
}

/** What the run did not take from the pull request, as a warning at the top. */
function noticeBlock(notices: string[]): string {
  return ['> [!WARNING]', ...notices.flatMap((n, i) => [...(i ? ['>'] : []), ...n.split('\n').map((l) => `> ${l}`)])].join('\n');
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
