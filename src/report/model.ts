/** One model's section of the report, at a chosen level of detail (the folding in ./markdown.ts picks it). */
import { markdownTable } from 'markdown-table';
import type { Breach, ModelComparison, Unchecked, VariantResult } from '../results/types.js';
import { COLUMNS, columnCell } from './columns.js';
import { latencyRatio } from './delta.js';
import { cell, code, withoutPath } from './format.js';
import { graphChange } from './ops.js';
import { classesLosingMost, detailsTable } from './details.js';
import { sourceLine } from './source.js';
import { noiseLines } from './noise.js';
import { thresholdsLine } from './thresholds.js';

/** full: everything; compact: no <details>; table: the table only; line: one line. */
export type Detail = 'full' | 'compact' | 'table' | 'line';

function find(vs: VariantResult[] | undefined, name: string): VariantResult | undefined {
  return vs?.find((v) => v.variant === name);
}

function statusMark(c: ModelComparison, breaches: Breach[], unchecked: Unchecked[] = []): string {
  if (c.error !== undefined || breaches.length > 0 || unchecked.length > 0) return '❌';
  return c.status === 'deleted' ? '🗑️' : '✅';
}

const STATUS_TEXT: Record<ModelComparison['status'], string> = {
  added: 'new model, no base version',
  modified: 'base → head',
  deleted: 'deleted in this change',
  unchanged: 'unchanged',
};

function table(c: ModelComparison): string {
  const rows = (c.head ?? c.base)?.variants ?? [];
  const columns = COLUMNS.filter((col) =>
    [...(c.head?.variants ?? []), ...(c.base?.variants ?? [])].some((v) => Number.isFinite(col.value(v))),
  );
  const body = rows.map((r) => {
    const head = c.head ? find(c.head.variants, r.variant) : undefined;
    const base = find(c.base?.variants, r.variant);
    const latency = c.latency?.find((l) => l.variant === r.variant);
    return [r.variant, ...columns.map((col) => columnCell(col, head, base, latency))];
  });
  return markdownTable([['Variant', ...columns.map((col) => col.title)], ...body], {
    align: ['l', ...columns.map(() => 'r')],
    alignDelimiters: false,
  });
}

/** Graph changes of each variant vs float32, and of head vs base per variant. */
function graphLines(c: ModelComparison): string[] {
  const lines: string[] = [];
  const ref = find(c.head?.variants, 'float32');
  for (const v of c.head?.variants ?? []) {
    const change = ref && v !== ref ? graphChange(ref, v) : '';
    if (change) lines.push(`- Graph, ${v.variant} vs float32: ${cell(change)}`);
  }
  for (const v of c.head?.variants ?? []) {
    const base = find(c.base?.variants, v.variant);
    const change = base ? graphChange(base, v) : '';
    if (change) lines.push(`- Graph, ${v.variant} base → head: ${cell(change)}`);
  }
  for (const l of c.latency ?? []) lines.push(`- Latency ${l.variant}, head / base (interleaved runs): ${latencyRatio(l)}`);
  return lines;
}

function heading(c: ModelComparison, breaches: Breach[], unchecked: Unchecked[]): string {
  const renamed = c.basePath !== undefined ? ` (renamed from ${code(c.basePath)}, judged by its settings until merged)` : '';
  return `### ${statusMark(c, breaches, unchecked)} ${code(c.path)} — ${STATUS_TEXT[c.status]}${renamed}`;
}

function oneLine(c: ModelComparison, breaches: Breach[], unchecked: Unchecked[]): string {
  const why = c.error !== undefined ? 'could not be evaluated' : breaches.length ? `${breaches.length} threshold breach(es)` : unchecked.length ? `${unchecked.length} check(s) could not be made` : STATUS_TEXT[c.status];
  return `- ${statusMark(c, breaches, unchecked)} ${code(c.path)}: ${why}`;
}

/** One model's section; `unchecked` are its checks that could not be made. */
export function renderModel(c: ModelComparison, breaches: Breach[], detail: Detail, unchecked: Unchecked[] = []): string {
  if (detail === 'line') return oneLine(c, breaches, unchecked);
  const parts = [heading(c, breaches, unchecked)];
  if (c.error !== undefined) parts.push(`> [!CAUTION]\n> ${cell(withoutPath(c.error, c.path))}`);
  if (c.baseError !== undefined) parts.push(`> [!CAUTION]\n> The base version could not be evaluated, so nothing was compared with it: ${cell(withoutPath(c.baseError, c.path))}`);
  if (c.baseDataError !== undefined) parts.push(`> [!CAUTION]\n> The base version cannot run on the test set: size, operators, MACs and arena are compared, accuracy cannot be: ${cell(withoutPath(c.baseDataError, c.path))}`);
  const failures = [
    ...breaches.map((b) => `- ❌ \`${b.threshold}\`: ${cell(b.message)}`),
    ...unchecked.map((u) => `- ❌ \`${u.check}\` cannot be checked: ${cell(withoutPath(u.message, c.path))}`),
  ];
  if (failures.length) parts.push(failures.join('\n'));
  if (c.thresholds && c.status !== 'deleted') parts.push(thresholdsLine(c.thresholds, 'Thresholds applied'));
  if (c.head || c.base) parts.push(table(c));
  if (detail === 'table') return parts.join('\n\n');
  const lines = [sourceLine(c), ...noiseLines(c), ...graphLines(c)].filter(Boolean);
  if (lines.length) parts.push(lines.join('\n'));
  if (detail === 'compact') return parts.join('\n\n');
  const losing = classesLosingMost(c);
  if (losing) parts.push(`<details><summary>Classes losing most accuracy</summary>\n\n${losing}\n\n</details>`);
  const details = detailsTable(c);
  if (details) parts.push(`<details><summary>Details</summary>\n\n${details}\n\n</details>`);
  return parts.join('\n\n');
}
