/** `evaluate --model A --model B` as text: both models side by side, then B against A sample by sample. */
import { classLosses } from '../metrics/classification.js';
import type { ModelPairComparison, VariantResult } from '../results/types.js';
import { lossesText, perClassTable, resultRows } from './evaluation-text.js';
import { percent, signed } from './format.js';
import { noiseText } from './noise.js';
import { textTable } from './text-table.js';

const MAX_CLASSES = 5;
const first = (c: ModelPairComparison, which: 'a' | 'b'): VariantResult | undefined => c[which].variants[0];

function agreementLines(c: ModelPairComparison): string[] {
  const d = c.bVsA;
  if (!d) return [];
  const lines = [`B vs A: max |diff| ${d.maxAbsDiff.toExponential(2)}, mean ${d.meanAbsDiff.toExponential(2)}`];
  if (d.agreement !== undefined) lines.push(`  same top-1 prediction: ${percent(d.agreement)} (${d.flipped} flipped)`);
  const [a, b] = [first(c, 'a')?.classification, first(c, 'b')?.classification];
  if (a && b) {
    const noise = noiseText(d.paired, 'A', 'B');
    lines.push(`  accuracy: ${percent(a.top1)} → ${percent(b.top1)} (${signed((b.top1 - a.top1) * 100, 2)} pp)${noise ? `; ${noise}` : ''}`);
    lines.push(`  classes losing most (B vs A): ${lossesText(classLosses(a.perClass, b.perClass, MAX_CLASSES), c.a.classNames)}`);
    const gains = classLosses(b.perClass, a.perClass, MAX_CLASSES).map((l) => ({ cls: l.cls, from: l.to, to: l.from }));
    lines.push(`  classes gaining most (B vs A): ${lossesText(gains, c.a.classNames, 'no class gains accuracy')}`);
  }
  return lines;
}

export function renderComparison(c: ModelPairComparison, options: { perClass?: boolean } = {}): string {
  const columns = [first(c, 'a'), first(c, 'b')].filter((v): v is VariantResult => v !== undefined);
  const label = (which: 'a' | 'b') => `${c[which].model} (${first(c, which)?.variant ?? '?'})`;
  const head = [`A: ${label('a')}`, `B: ${label('b')}`, `on ${c.a.dataset ?? 'no dataset'}; runtime: ${c.a.runtime}`];
  const perClass = options.perClass
    ? ['', ...perClassTable(columns.flatMap((v, i) => (v.classification ? [{ name: i ? 'B' : 'A', stats: v.classification }] : [])), columns[0]?.classification ? { name: 'A', stats: columns[0].classification } : undefined, c.a.classNames)]
    : [];
  const notes = [...new Set([...c.a.notes.map((n) => `A: ${n}`), ...c.b.notes.map((n) => `B: ${n}`), ...c.notes])].map((n) => `note: ${n}`);
  return [...head, '', ...textTable(['', 'A', 'B'], resultRows(columns).filter((r) => !r[0]!.includes('vs float32'))), '', ...agreementLines(c), ...perClass, ...notes].join('\n') + '\n';
}
