/**
 * `tflite-gate inspect MODEL.tflite [--json]`: what Netron shows, as text or JSON — inputs and outputs,
 * operator histogram with versions, tensors by dtype, weight bytes, parameters, MACs, arena estimate and
 * the minimum runtime version. The report is plain data (`describeModel`); rendering is separate.
 */
import { resolve } from 'node:path';
import { GateError, EXIT } from '../../errors.js';
import type { Tensor } from '../../graph/ir.js';
import { modelStats, type ModelStats } from '../../metrics/model-stats.js';
import { readTfliteModel } from '../../tflite/reader.js';
import { isTflite } from '../../tflite/probe.js';
import { probeKerasFormat } from '../../keras/probe.js';
import { readModelFile } from '../../pipeline/model-file.js';
import { optionsHelp, readFlags } from '../flags.js';
import type { CliIO, Command } from '../command.js';
import { quantizationText, quantizedTensors, type QuantizedTensor } from './inspect-quantization.js';

export interface TensorSummary {
  name: string; tensor: string; dtype: string; shape: number[]; shapeSignature?: number[];
  quantization?: { scale: number; zeroPoint: number };
}

export interface ModelDescription {
  file: string;
  fileBytes: number;
  schemaVersion: number;
  description: string;
  minRuntimeVersion?: string;
  signatureKeys: string[];
  inputs: TensorSummary[];
  outputs: TensorSummary[];
  /** Subgraphs in the file; with more than one (control flow), the rest of the report covers the main one. */
  subgraphs: number;
  /** Op type → versions used. */
  opVersions: Record<string, number[]>;
  stats: ModelStats;
  /** Every quantized tensor (int8/uint8/int32 with a scale): its scale, zero point and axis. */
  quantized: QuantizedTensor[];
}

function summary(name: string, t: Tensor): TensorSummary {
  const q = t.quantization;
  return {
    name, tensor: t.name, dtype: t.dtype, shape: t.shape, ...(t.shapeSignature ? { shapeSignature: t.shapeSignature } : {}),
    ...(q && q.scale.length === 1 ? { quantization: { scale: q.scale[0]!, zeroPoint: q.zeroPoint[0] ?? 0 } } : {}),
  };
}

/** The inspection report of a .tflite file (pure: bytes in, data out). */
export function describeModel(bytes: Uint8Array, file: string): ModelDescription {
  const { graph, info } = readTfliteModel(bytes, file, { mainSubgraphOnly: true });
  const opVersions: Record<string, number[]> = {};
  graph.ops.forEach((op, i) => {
    const v = info.opVersions[i] ?? 1;
    const list = (opVersions[op.type] ??= []);
    if (!list.includes(v)) list.push(v);
  });
  for (const list of Object.values(opVersions)) list.sort((a, b) => a - b);
  return {
    file,
    fileBytes: info.fileSize,
    schemaVersion: info.schemaVersion,
    description: info.description,
    ...(info.minRuntimeVersion ? { minRuntimeVersion: info.minRuntimeVersion } : {}),
    signatureKeys: info.signatureKeys,
    subgraphs: info.subgraphCount,
    inputs: graph.inputs.map((io) => summary(io.name, graph.tensors[io.tensor] as Tensor)),
    outputs: graph.outputs.map((io) => summary(io.name, graph.tensors[io.tensor] as Tensor)),
    opVersions,
    stats: modelStats(graph),
    quantized: quantizedTensors(graph),
  };
}

const num = (n: number) => n.toLocaleString('en-US');
const shape = (s: number[]) => `[${s.join(', ')}]`;
const table = (rows: string[][]) => {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r) => `  ${r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c] ?? 0))).join('  ')}`.trimEnd());
};
const ioRows = (list: TensorSummary[]) =>
  table(list.map((t) => [t.name, t.dtype, shape(t.shape), [t.shapeSignature ? `signature ${shape(t.shapeSignature)}` : '',
    t.quantization ? quantizationText({ scale: [t.quantization.scale], zeroPoint: [t.quantization.zeroPoint] }) : ''].filter(Boolean).join(', ')]));
const byDtype = (counts: Record<string, number>, unit = '') =>
  Object.entries(counts).map(([k, v]) => `${k} ${num(v)}${unit}`).join(', ') || 'none';

export function renderDescription(d: ModelDescription): string {
  const s = d.stats;
  const opCount = Object.values(s.ops).reduce((a, b) => a + b, 0);
  return [
    `${d.file}: ${num(d.fileBytes)} bytes, TFLite schema v${d.schemaVersion}${d.description ? `, "${d.description}"` : ''}`,
    `Minimum runtime version: ${d.minRuntimeVersion ?? 'not recorded'}`,
    `Signatures: ${d.signatureKeys.join(', ') || 'none'}`,
    ...(d.subgraphs > 1 ? [`Subgraphs: ${d.subgraphs} (control flow); operators and statistics below are the main subgraph's`] : []),
    'Inputs:', ...ioRows(d.inputs),
    'Outputs:', ...ioRows(d.outputs),
    `Operators (${opCount}):`,
    ...table(Object.entries(s.ops).map(([op, n]) => [op, String(n), `v${(d.opVersions[op] ?? []).join(', v')}`,
      s.macsByOp[op] ? `${num(s.macsByOp[op])} MACs` : ''])),
    `Tensors by dtype: ${byDtype(s.tensorsByDtype)}`,
    `Weights: ${num(s.weightBytes)} bytes (${byDtype(s.constantBytesByDtype, ' B')})`,
    `Parameters: ${num(s.params)}`,
    `MACs per inference: ${num(s.macs)}`,
    `Tensor arena (estimate): ${num(s.arenaBytes)} bytes`,
    ...(d.quantized.length ? [`Quantization (${d.quantized.length} tensors; real = scale × (q − zp)):`,
      ...table(d.quantized.map((q) => [q.tensor, q.dtype, shape(q.shape), quantizationText(q)]))] : []),
  ].join('\n') + '\n';
}

/** The bytes of a .tflite file; a Keras file is told to be converted first. */
async function readTflite(path: string, file: string): Promise<Uint8Array> {
  const bytes = await readModelFile(path, file);
  if (!isTflite(bytes) && probeKerasFormat(bytes)) {
    throw new GateError('usage', `a Keras model file (${probeKerasFormat(bytes) === 'hdf5' ? 'HDF5' : '.keras zip'}), not a .tflite`, { file },
      `Convert it first: tflite-gate convert --keras-model-file ${file} --output-file ${file.replace(/\.(h5|hdf5|keras)$/i, '')}.tflite (evaluate takes it as it is).`);
  }
  return bytes;
}

export const inspectCommand: Command = {
  name: 'inspect',
  summary: 'Show a .tflite model: inputs/outputs, operators, tensors, weights, parameters, MACs, arena',
  get usage() {
    return `
Usage: tflite-gate inspect MODEL.tflite [--json]

Prints what Netron would show, in text: inputs and outputs (name, dtype, shape), the operator histogram
with op versions and MACs, tensors by dtype, weight bytes, parameter count, MACs per inference, an
estimate of the tensor arena, the minimum runtime version, and for quantized models the scale, zero
point and axis of every quantized tensor.

${optionsHelp('inspect')}

Exit codes: 0 shown, 2 bad input (unreadable or not a .tflite file, bad flags), 3 internal error.`;
  },
  async run(argv: string[], io: CliIO): Promise<number> {
    const { value, positionals } = readFlags('inspect', argv, { positionals: true });
    if (positionals.length !== 1) throw new GateError('usage', `inspect takes one model file, got ${positionals.length}`, {}, 'usage: tflite-gate inspect MODEL.tflite [--json]');
    const file = positionals[0] as string;
    const description = describeModel(await readTflite(resolve(io.cwd, file), file), file);
    io.stdout(value('json-stdout') ? `${JSON.stringify(description, null, 2)}\n` : renderDescription(description));
    return EXIT.pass;
  },
};
