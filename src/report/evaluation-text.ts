/**
 * `tflite-gate evaluate` as text: the variants side by side, the classes losing most accuracy (each variant
 * vs float32, float32 vs the source Keras model), the source model's lines, and with --per-class every
 * class's accuracy. Pure: results in, text out.
 */
import { quantizationLines } from './quantization.js';
import { classLosses, type ClassLoss, type PerClass } from '../metrics/classification.js';
import type { ClassificationStats, ModelEvaluation, VariantResult } from '../results/types.js';
import { bytes, count, ms, percent, signed } from './format.js';
import { noiseText } from './noise.js';
import { className, textTable } from './text-table.js';
import { sourceKind } from './source.js';

type Row = [string, (v: VariantResult) => string];
const dash = '–';
const num = (x: number | undefined, f: (x: number) => string) => (x === undefined || Number.isNaN(x) ? dash : f(x));
const MAX_CLASSES = 5;

const ROWS: Row[] = [
  ['size', (v) => bytes(v.size.fileBytes)],
  ['size (gzip)', (v) => bytes(v.size.gzipBytes)],
  ['params', (v) => num(v.size.params, count)],
  ['accuracy (top-1)', (v) => num(v.classification?.top1, percent)],
  ['top-5', (v) => num(v.classification?.top5, percent)],
  ['MAE', (v) => num(v.regression?.mae, (x) => x.toPrecision(4))],
  ['RMSE', (v) => num(v.regression?.rmse, (x) => x.toPrecision(4))],
  ['max |error|', (v) => num(v.regression?.maxAbsError, (x) => x.toPrecision(4))],
  ['agreement vs float32', (v) => (v.vsFloat32?.agreement === undefined ? dash : `${percent(v.vsFloat32.agreement)} (${v.vsFloat32.flipped} flipped)`)],
  ['max |diff| vs float32', (v) => num(v.vsFloat32?.maxAbsDiff, (x) => x.toExponential(2))],
  ['latency p50', (v) => num(v.latency?.p50Ms, ms)],
  ['latency p90', (v) => num(v.latency?.p90Ms, ms)],
  ['init', (v) => num(v.latency?.initMs, ms)],
  ['MACs', (v) => num(v.macs, count)],
  ['arena', (v) => num(v.arenaBytes, bytes)],
];

/** One column per result; rows that say nothing for any column are left out. */
export function resultRows(columns: VariantResult[]): string[][] {
  return ROWS.map(([label, cell]) => [label, ...columns.map(cell)]).filter((r) => r.slice(1).some((c) => c !== dash));
}

/** Variants as columns. */
export function renderTable(evaluation: ModelEvaluation): string {
  const rows = resultRows(evaluation.variants);
  const header = ['', ...evaluation.variants.map((v) => v.variant)];
  const head = [`${evaluation.model} (${evaluation.ref}) on ${evaluation.dataset ?? 'no dataset'}`, `runtime: ${evaluation.runtime}`];
  const rss = evaluation.peakRssBytes ? [`peak RSS: ${bytes(evaluation.peakRssBytes)}`] : [];
  const notes = [...evaluation.notes.map((n) => `note: ${n}`), ...quantizationLines(evaluation).map((l) => `quantization: ${l}`)];
  return [...head, '', ...textTable(header, rows), '', ...rss, ...notes].join('\n') + '\n';
}

/** Lines for the table's footer: source accuracy and the conversion loss of the float32 variant. */
export function describeSource(evaluation: ModelEvaluation): string[] {
  const source = evaluation.source;
  if (!source) return [];
  const float32 = evaluation.variants.find((v) => v.variant === 'float32');
  const lines = [`source model (${sourceKind(source.runtime)}, run by ${source.runtime ?? 'tfjs'}):`];
  if (source.classification) {
    const drop = float32?.classification ? ` (float32 .tflite: ${signed((float32.classification.top1 - source.classification.top1) * 100, 2)} pp)` : '';
    lines.push(`  accuracy (top-1): ${percent(source.classification.top1)}${drop}`);
  }
  if (source.regression) lines.push(`  MAE: ${source.regression.mae.toPrecision(4)}`);
  const loss = source.float32VsSource;
  if (loss) {
    const flips = loss.agreement === undefined ? '' : `, same top-1 ${percent(loss.agreement)} (${loss.flipped} flipped)`;
    lines.push(`  conversion loss, float32 vs source: max |diff| ${loss.maxAbsDiff.toExponential(2)}, mean ${loss.meanAbsDiff.toExponential(2)}${flips}`);
  }
  return lines;
}

/** "7 96.00% → 94.00% (−2.00 pp)" for each losing class, or "none". */
export function lossesText(losses: ClassLoss[], names?: string[], none = 'no class loses accuracy'): string {
  if (!losses.length) return none;
  return losses.map((l) => `${className(l.cls, names)} ${percent(l.from)} → ${percent(l.to)} (${signed((l.to - l.from) * 100, 2)} pp)`).join(', ');
}

/** Each comparison worth making: every other variant vs float32, and float32 vs the source model. */
function comparisons(e: ModelEvaluation): { label: string; before: PerClass[]; after: PerClass[] }[] {
  const float32 = e.variants.find((v) => v.variant === 'float32')?.classification;
  const out = e.variants.flatMap((v) => (float32 && v.variant !== 'float32' && v.classification ? [{ label: `${v.variant} vs float32`, before: float32.perClass, after: v.classification.perClass }] : []));
  const source = e.source?.classification;
  if (source && float32) out.push({ label: 'float32 vs source', before: source.perClass, after: float32.perClass });
  return out;
}

/** "classes losing most accuracy:" with one line per comparison; [] without per-class data. */
export function describeClassLosses(e: ModelEvaluation): string[] {
  const list = comparisons(e);
  if (!list.length) return [];
  const rows = list.map((c) => [`  ${c.label}:`, lossesText(classLosses(c.before, c.after, MAX_CLASSES), e.classNames)]);
  return ['classes losing most accuracy:', ...textTable(undefined, rows, { left: true })];
}

/** Every class: samples, the source's accuracy (with --reference), each variant's, and the change vs float32. */
export function renderPerClass(e: ModelEvaluation): string[] {
  const columns = [
    ...(e.source?.classification ? [{ name: 'source', stats: e.source.classification }] : []),
    ...e.variants.flatMap((v) => (v.classification ? [{ name: v.variant, stats: v.classification }] : [])),
  ];
  return perClassTable(columns, columns.find((c) => c.name === 'float32') ?? columns[0], e.classNames);
}

interface Column {
  name: string;
  stats: ClassificationStats;
}

/** Classes as rows, one accuracy column per result, each with its change vs `reference`. */
export function perClassTable(columns: Column[], reference: Column | undefined, classNames?: string[]): string[] {
  if (!reference) return [];
  const accuracy = columns.map((c) => new Map(c.stats.perClass.map((p) => [p.cls, p.accuracy])));
  const base = new Map(reference.stats.perClass.map((p) => [p.cls, p.accuracy]));
  const cell = (i: number, cls: number) => {
    const a = accuracy[i]!.get(cls);
    const b = base.get(cls);
    if (a === undefined) return dash;
    const change = columns[i] === reference || b === undefined || a === b ? '' : ` (${signed((a - b) * 100, 2)})`;
    return `${percent(a)}${change}`;
  };
  const rows = reference.stats.perClass.map((p) => [className(p.cls, classNames), String(p.count), ...columns.map((_, i) => cell(i, p.cls))]);
  return [`per-class accuracy (change vs ${reference.name} in pp):`, ...textTable(['class', 'samples', ...columns.map((c) => c.name)], rows)];
}

/** Each variant's accuracy change vs float32, and whether it is within sampling noise (paired test on the flips). */
function describeAccuracyChanges(e: ModelEvaluation): string[] {
  const float32 = e.variants.find((v) => v.variant === 'float32')?.classification;
  const rows = e.variants.flatMap((v) => {
    const noise = noiseText(v.vsFloat32?.paired, 'float32', v.variant);
    if (!float32 || !v.classification || !noise) return [];
    return [[`  ${v.variant}:`, `${percent(float32.top1)} → ${percent(v.classification.top1)} (${signed((v.classification.top1 - float32.top1) * 100, 2)} pp); ${noise}`]];
  });
  return rows.length ? ['accuracy change vs float32:', ...textTable(undefined, rows, { left: true })] : [];
}

/** The whole text output of `evaluate`. */
export function renderEvaluation(e: ModelEvaluation, options: { perClass?: boolean } = {}): string {
  const extra = [...describeSource(e), ...describeAccuracyChanges(e), ...describeClassLosses(e), ...(options.perClass ? ['', ...renderPerClass(e)] : [])];
  return renderTable(e) + (extra.length ? `${extra.join('\n')}\n` : '');
}
