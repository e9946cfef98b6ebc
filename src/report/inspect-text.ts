/** `tflite-gate inspect` as text: one model as Netron would show it, or what differs between two. */
import type { Change, ModelDescription, ModelDiff, QuantizedTensor, TensorSummary } from '../metrics/describe.js';
import { textTable } from './text-table.js';

/** 53776 -> "53,776", the same in every locale. */
export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const shape = (s: number[]) => `[${s.join(', ')}]`;
const quantization = (q: TensorSummary['quantization']) => (q ? `scale ${q.scale.length > 1 ? `${q.scale.length} channels` : q.scale[0]}, zero point ${q.zeroPoint.length > 1 ? `${q.zeroPoint.length} channels` : q.zeroPoint[0]}` : '');
const ioRow = (t: TensorSummary) => [t.name, t.dtype, shape(t.shape), [t.shapeSignature ? `signature ${shape(t.shapeSignature)}` : '', quantization(t.quantization)].filter(Boolean).join(', ')];
const byDtype = (counts: Record<string, number>, unit = '') =>
  Object.entries(counts).map(([k, v]) => `${k} ${thousands(v)}${unit}`).join(', ') || 'none';

export function renderDescription(d: ModelDescription): string {
  const s = d.stats;
  const opCount = Object.values(s.ops).reduce((a, b) => a + b, 0);
  const quantized = d.quantized.reduce<Record<string, number>>((acc, t) => ({ ...acc, [t.dtype]: (acc[t.dtype] ?? 0) + 1 }), {});
  return [
    `${d.file}: ${thousands(d.fileBytes)} bytes, TFLite schema v${d.schemaVersion}${d.description ? `, "${d.description}"` : ''}`,
    `Minimum runtime version: ${d.minRuntimeVersion ?? 'not recorded'}`,
    `Signatures: ${d.signatureKeys.join(', ') || 'none'}`,
    ...(d.subgraphs > 1 ? [`Subgraphs: ${d.subgraphs} (control flow); operators and statistics below count every subgraph (a loop body's MACs times its iterations; the arena is the main subgraph's)`] : []),
    'Inputs:', ...textTable(undefined, d.inputs.map(ioRow), { left: true, indent: '  ' }),
    'Outputs:', ...textTable(undefined, d.outputs.map(ioRow), { left: true, indent: '  ' }),
    `Operators (${opCount}):`,
    ...textTable(undefined, Object.entries(s.ops).map(([op, n]) => [op, String(n), `v${(d.opVersions[op] ?? []).join(', v')}`,
      s.macsByOp[op] ? `${thousands(s.macsByOp[op])} MACs` : '']), { left: true, indent: '  ' }),
    `Tensors by dtype: ${byDtype(s.tensorsByDtype)}`,
    ...(d.quantized.length ? [`Quantized tensors (scale, zero point): ${byDtype(quantized)}`] : []),
    `Weights: ${thousands(s.weightBytes)} bytes (${byDtype(s.constantBytesByDtype, ' B')})`,
    `Parameters: ${thousands(s.params)}`,
    `MACs per inference: ${thousands(s.macs)}`,
    `Tensor arena (estimate): ${thousands(s.arenaBytes)} bytes`,
    ...(d.quantized.length ? [`Quantization (real = scale × (q − zero point)):`,
      ...textTable(undefined, d.quantized.map((q) => [q.tensor, q.dtype, shape(q.shape), quantizationText(q)]), { left: true, indent: '  ' })] : []),
  ].join('\n') + '\n';
}

const g = (x: number) => x.toPrecision(5);

/** "scale 0.0039216 zp -128", or "axis 0: 16 scales 0.0014245…0.0015498, zp 0". */
export function quantizationText(q: Pick<QuantizedTensor, 'scale' | 'zeroPoint' | 'axis'>): string {
  if (q.scale.length === 1) return `scale ${g(q.scale[0]!)} zp ${q.zeroPoint[0] ?? 0}`;
  const zps = [...new Set(q.zeroPoint)];
  return `axis ${q.axis ?? 0}: ${q.scale.length} scales ${g(Math.min(...q.scale))}…${g(Math.max(...q.scale))}, zp ${zps.length === 1 ? zps[0] : zps.join(',')}`;
}

/** "53,776 → 28,960 bytes (−46.1%)", or "same (12,810)". */
function changeText(c: Change<number>, unit = ''): string {
  if (c.a === c.b) return `same (${thousands(c.a)}${unit})`;
  const pct = c.a ? ` (${c.b > c.a ? '+' : '−'}${(Math.abs(c.b - c.a) / c.a * 100).toFixed(1)}%)` : '';
  return `${thousands(c.a)} → ${thousands(c.b)}${unit}${pct}`;
}

const delta = (a: number, b: number) => `${b > a ? '+' : '−'}${thousands(Math.abs(b - a))}`;

function ioLines(label: string, changes: ModelDiff['inputs']): string[] {
  if (!changes.length) return [`${label}: same`];
  const side = (t?: TensorSummary) => (t ? ioRow(t).filter(Boolean).join(' ') : 'none');
  return [`${label}:`, ...changes.map((c) => `  #${c.index}: ${side(c.a)} → ${side(c.b)}`)];
}

function quantizationLine(q: ModelDiff['quantization']): string {
  const dtypes = (d: Record<string, number>) => byDtype(d);
  if (!q.onlyA && !q.onlyB && !q.changed) return Object.keys(q.dtypesA).length ? `Quantization: same parameters (${dtypes(q.dtypesA)})` : 'Quantization: none in either';
  return `Quantization: quantized tensors ${dtypes(q.dtypesA)} → ${dtypes(q.dtypesB)}; only in A ${q.onlyA}, only in B ${q.onlyB}, different parameters ${q.changed}`;
}

/** What differs between two models (A → B). */
export function renderDiff(a: ModelDescription, b: ModelDescription, diff: ModelDiff): string {
  const ops = diff.ops.map((o) => [o.type, `${o.a} → ${o.b}`, `${delta(o.a, o.b)} ${o.b > o.a ? (o.a ? 'more' : 'added') : (o.b ? 'fewer' : 'removed')}`]);
  const dtype = (list: ({ dtype: string } & Change<number>)[], unit = '') => list.map((c) => `${c.dtype} ${thousands(c.a)} → ${thousands(c.b)}${unit}`).join(', ');
  return [
    `A: ${a.file}`,
    `B: ${b.file}`,
    `File size: ${changeText(diff.fileBytes, ' bytes')}`,
    `Minimum runtime version: ${diff.minRuntimeVersion ? `${diff.minRuntimeVersion.a ?? 'not recorded'} → ${diff.minRuntimeVersion.b ?? 'not recorded'}` : `same (${a.minRuntimeVersion ?? 'not recorded'})`}`,
    ...(diff.schemaVersion ? [`TFLite schema: v${diff.schemaVersion.a} → v${diff.schemaVersion.b}`] : []),
    ...(ops.length ? ['Operators:', ...textTable(undefined, ops, { left: true, indent: '  ' })] : ['Operators: same']),
    ...(diff.opVersions.length ? [`Operator versions: ${diff.opVersions.map((o) => `${o.type} v${o.a.join(',v')} → v${o.b.join(',v')}`).join('; ')}`] : []),
    `Tensors by dtype: ${diff.tensorsByDtype.length ? dtype(diff.tensorsByDtype) : 'same'}`,
    `Weights: ${changeText(diff.weightBytes, ' bytes')}${diff.weightBytesByDtype.length ? `; ${dtype(diff.weightBytesByDtype, ' B')}` : ''}`,
    `Parameters: ${changeText(diff.params)}`,
    `MACs per inference: ${changeText(diff.macs)}`,
    `Tensor arena (estimate): ${changeText(diff.arenaBytes, ' bytes')}`,
    ...ioLines('Inputs', diff.inputs),
    ...ioLines('Outputs', diff.outputs),
    quantizationLine(diff.quantization),
  ].join('\n') + '\n';
}
