/** The collapsible parts of a model's section: classes losing most accuracy, and every other number. */
import { markdownTable } from 'markdown-table';
import type { ModelComparison, VariantResult } from '../results/types.js';
import { classLosses } from '../metrics/classification.js';
import { points } from './delta.js';
import { bytes, cell, count, ms, percent, sig } from './format.js';
import { quantizationLines } from './quantization.js';
import { isNoSourceNote } from './source.js';

const MAX_CLASSES = 5;

interface Loss {
  where: string;
  cls: number;
  from: number;
  to: number;
}

function vsFloat32Losses(c: ModelComparison): Loss[] {
  return (c.head?.variants ?? []).flatMap((v) =>
    (v.vsFloat32?.classesLosingMost ?? []).slice(0, MAX_CLASSES).map((l) => ({
      where: `${v.variant} vs float32`, cls: l.cls, from: l.float32, to: l.variant,
    })),
  );
}

function variantLosses(c: ModelComparison, h: VariantResult): Omit<Loss, 'where'>[] {
  const base = c.base?.variants.find((b) => b.variant === h.variant)?.classification;
  if (!base || !h.classification) return [];
  return classLosses(base.perClass, h.classification.perClass, MAX_CLASSES);
}

/** Head vs base per variant; variants that lose exactly the same share one set of rows. */
function headVsBaseLosses(c: ModelComparison): Loss[] {
  const groups: { variants: string[]; key: string; losses: Omit<Loss, 'where'>[] }[] = [];
  for (const h of c.head?.variants ?? []) {
    const losses = variantLosses(c, h);
    const key = JSON.stringify(losses);
    const same = groups.find((g) => g.key === key);
    if (same) same.variants.push(h.variant);
    else if (losses.length) groups.push({ variants: [h.variant], key, losses });
  }
  return groups.flatMap((g) => g.losses.map((l) => ({ where: `${g.variants.join(', ')} base → head`, ...l })));
}

/** A table of the classes whose accuracy drops most (per variant vs float32, and head vs base), or ''. */
export function classesLosingMost(c: ModelComparison): string {
  const losses = [...vsFloat32Losses(c), ...headVsBaseLosses(c)].filter((l) => l.from > l.to);
  if (!losses.length) return '';
  const names = c.head?.classNames;
  const name = (cls: number) => (names?.[cls] === undefined ? String(cls) : cell(`${names[cls]} (${cls})`));
  const rows = losses.map((l) => [l.where, name(l.cls), percent(l.from), percent(l.to), points(l.from, l.to)]);
  return markdownTable([['Comparison', 'Class', 'Before', 'After', 'Change'], ...rows], { align: ['l', 'r', 'r', 'r', 'r'], alignDelimiters: false });
}

function weights(v: VariantResult): string {
  const entries = Object.entries(v.size.weightBytesByDtype).sort(([a], [b]) => (a < b ? -1 : 1));
  return entries.map(([dtype, n]) => `${dtype} ${bytes(n)}`).join(', ') || '—';
}

const opt = (x: number | undefined, show: (x: number) => string) => (x === undefined ? '—' : show(x));

function detailRow(v: VariantResult): string[] {
  const agree = v.vsFloat32?.agreement;
  return [
    v.variant,
    bytes(v.size.gzipBytes),
    count(v.size.params),
    weights(v),
    opt(v.classification?.top5, percent),
    agree === undefined ? '—' : `${percent(agree)} (${v.vsFloat32?.flipped ?? 0} flipped)`,
    opt(v.vsFloat32?.maxAbsDiff, (x) => String(sig(x))),
    opt(v.latency?.p90Ms, ms),
    opt(v.latency?.p99Ms, ms),
    opt(v.latency?.initMs, ms),
  ];
}

const DETAIL_HEAD = ['Variant', 'Gzip', 'Params', 'Weights', 'Top-5', 'Agrees with float32', 'Max abs diff', 'p90', 'p99', 'Init'];

/** Every other number of the head (or deleted base) version, with where it came from. */
export function detailsTable(c: ModelComparison): string {
  const e = c.head ?? c.base;
  if (!e) return '';
  const table = markdownTable([DETAIL_HEAD, ...e.variants.map(detailRow)], { align: ['l', ...DETAIL_HEAD.slice(1).map(() => 'r')], alignDelimiters: false });
  const samples = e.variants[0]?.classification?.samples ?? e.variants[0]?.regression?.samples;
  const facts = [
    `Runtime: ${e.runtime}`,
    e.dataset ? `Dataset: ${cell(e.dataset)}${samples ? ` (${samples} samples)` : ''}` : undefined,
    c.base ? `Versions: ${cell(c.base.ref)} → ${cell(c.head?.ref ?? '—')}` : `Version: ${cell(e.ref)}`,
    ...e.notes.filter((n) => !isNoSourceNote(n)).map((n) => `Note: ${cell(n)}`),
    ...quantizationLines(e).map((l) => `Quantization, ${cell(l)}`),
  ].filter(Boolean);
  return `${table}\n\n${facts.map((f) => `- ${f}`).join('\n')}`;
}
