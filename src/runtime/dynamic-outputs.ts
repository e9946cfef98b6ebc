/**
 * Model outputs whose shape TFLite computes at run time, which LiteRT.js cannot return.
 *
 * LiteRT.js binds its own buffer to each model output (a TFLite "custom allocation") before every run.
 * An op whose output shape depends on the VALUE of an operand that is not a constant (RESHAPE fed by
 * SHAPE -> STRIDED_SLICE -> PACK, as the TFLite converter writes Flatten with a dynamic batch) marks its
 * output dynamic on the first run: TFLite then allocates that tensor itself, the bound buffer is never
 * written (the first run returns zeros silently), and later runs log "Failed to set custom allocation".
 *
 * `pinReshapedOutputs`: a RESHAPE writing a model output gets a constant shape operand, the output's own
 * declared shape (batch fixed to 1); the ops that computed the operand are dropped. This cannot change a
 * number: RESHAPE never moves data, and TFLite fails the run if the element counts differ (the interpreter
 * runs pinned outputs twice at load to find that there). Outputs of other ops whose shape depends on an
 * operand's value stay `suspect`: they get the same check at load. (Folding SHAPE -> STRIDED_SLICE -> PACK
 * instead would need the true static shape of SHAPE's input, which the file does not always hold: after a
 * reshape to [-1, C] the converter declares [1, C] for a tensor that is [H*W, C] at run time.)
 */
import { FlatReader, type Table } from '../tflite/flat-reader.js';
import { applyFlatPatch, type FlatPatch } from './flat-patch.js';

const RESHAPE = 22;
const INT32 = 2;
const INT64 = 4;

/** Builtin op code -> operand positions whose values decide the output shape (schema.fbs codes). */
const SHAPE_OPERANDS: Readonly<Record<number, readonly number[]>> = {
  22: [1], 130: [1], 94: [0], 69: [1], 65: [1, 2], 45: [1, 2, 3], 34: [1], 60: [1], 100: [1], 23: [1], 97: [1],
  39: [1], 70: [1], 40: [1], 74: [1], 82: [1], 89: [1], 81: [1], 91: [1], 49: [0], 102: [1, 2], 96: [0, 1, 2],
  85: [1], 67: [0], 38: [1, 2], 37: [1, 2],
};
/** WHERE, UNIQUE, NON_MAX_SUPPRESSION_V4/V5: output sizes always depend on the data. */
const ALWAYS_DYNAMIC = new Set([109, 103, 120, 121]);

interface MainTensor { name: string; type: number; shape: number[]; signature: number[]; constant: boolean; bufferField: boolean }
interface MainOp { code: number; inputs: number[]; outputs: number[] }
interface MainGraph { tensors: MainTensor[]; ops: MainOp[]; inputs: number[]; outputs: number[] }

export interface PinnedModel {
  bytes: Uint8Array;
  /** Names of the outputs given a constant shape. */
  pinned: string[];
  /** Names of outputs that may still be dynamic (to be checked by running the model). */
  suspect: string[];
}

/** `bytes` must already have its batch fixed (fixBatchForRuntime); `original` is the file before that. */
export function pinReshapedOutputs(bytes: Uint8Array, original: Uint8Array, fileName?: string): PinnedModel {
  const graph = readMainGraph(bytes, fileName);
  const signatures = readMainGraph(original, fileName).tensors.map((t) => t.signature);
  const patch: FlatPatch = { buffers: [], constants: new Map(), dropOps: new Set() };
  const pinned: string[] = [];
  for (const [operand, value] of reshapeOperands(graph, signatures)) {
    const producer = graph.ops.findIndex((op) => op.outputs.includes(operand));
    if (producer < 0 || graph.ops[producer]!.outputs.length !== 1 || !graph.tensors[operand]!.bufferField) continue;
    patch.constants.set(operand, patch.buffers.push(new Uint8Array(Int32Array.from(value).buffer)) - 1);
    patch.dropOps.add(producer);
    for (const op of graph.ops) if (op.code === RESHAPE && op.inputs[1] === operand) pinned.push(graph.tensors[op.outputs[0]!]!.name);
  }
  if (patch.buffers.length === 0) return { bytes, pinned, suspect: suspectOutputs(graph, new Set()) };
  dropDeadShapeOps(graph, patch.dropOps);
  const patched = applyFlatPatch(bytes, patch, fileName);
  if (!patched) return { bytes, pinned: [], suspect: suspectOutputs(graph, new Set()) };
  return { bytes: patched, pinned, suspect: suspectOutputs(graph, new Set(patch.constants.keys())) };
}

/** Non-constant int32 shape operands of RESHAPEs writing model outputs -> the shape to pin, when safe. */
function reshapeOperands(graph: MainGraph, signatures: number[][]): Map<number, number[]> {
  const wanted = new Map<number, number[] | undefined>();
  for (const op of graph.ops) {
    const operand = op.inputs[1];
    if (op.code !== RESHAPE || operand === undefined || operand < 0 || graph.tensors[operand]!.constant) continue;
    const out = op.outputs[0]!;
    const value = graph.outputs.includes(out) ? pinnableShape(graph, operand, out, signatures[out] ?? []) : undefined;
    const key = value?.join(',');
    const previous = wanted.get(operand);
    // every consumer must be such a RESHAPE wanting the same shape (else leave the operand alone)
    wanted.set(operand, wanted.has(operand) && previous?.join(',') !== key ? undefined : value);
  }
  for (const op of graph.ops) {
    for (const t of op.inputs) if (wanted.has(t) && !(op.code === RESHAPE && op.inputs[1] === t && op.inputs[0] !== t)) wanted.set(t, undefined);
  }
  const result = new Map<number, number[]>();
  for (const [operand, value] of wanted) if (value && !graph.inputs.includes(operand) && !graph.outputs.includes(operand)) result.set(operand, value);
  return result;
}

/** The output's static shape, if only its batch (axis 0) was dynamic and the operand can hold it. */
function pinnableShape(graph: MainGraph, operand: number, out: number, signature: number[]): number[] | undefined {
  if (signature.slice(1).some((d) => d < 0)) return undefined;
  const shape = graph.tensors[out]!.shape.map((d) => (d < 0 ? 1 : d));
  const t = graph.tensors[operand]!;
  if (t.type !== INT32 || t.shape.length !== 1 || t.shape[0] !== shape.length) return undefined;
  return shape;
}

/** Drops ops that only computed int32/int64 values no remaining op or model output uses. */
function dropDeadShapeOps(graph: MainGraph, drop: Set<number>): void {
  for (let changed = true; changed;) {
    changed = false;
    const used = new Set(graph.outputs);
    graph.ops.forEach((op, i) => { if (!drop.has(i)) op.inputs.forEach((t) => used.add(t)); });
    graph.ops.forEach((op, i) => {
      const dead = op.outputs.length > 0 && op.outputs.every((t) => !used.has(t) && [INT32, INT64].includes(graph.tensors[t]?.type ?? -1));
      if (!drop.has(i) && dead) {
        drop.add(i);
        changed = true;
      }
    });
  }
}

/** Model outputs written by an op whose output shape may depend on a non-constant operand's value. */
function suspectOutputs(graph: MainGraph, pinned: Set<number>): string[] {
  const known = (t: number) => t < 0 || graph.tensors[t]?.constant === true || pinned.has(t);
  return graph.outputs.filter((out) => {
    const op = graph.ops.find((o) => o.outputs.includes(out));
    if (!op) return false;
    return ALWAYS_DYNAMIC.has(op.code) || (SHAPE_OPERANDS[op.code] ?? []).some((i) => op.inputs[i] !== undefined && !known(op.inputs[i]!));
  }).map((t) => graph.tensors[t]!.name);
}

function readMainGraph(bytes: Uint8Array, fileName?: string): MainGraph {
  const r = new FlatReader(bytes, fileName);
  const model = r.root('TFL3');
  const codes = model.tables(1, 'operator_codes').map((t) => Math.max(t.byte(0), t.int(3)));
  const buffers = model.tables(4, 'buffers');
  const sg = model.tables(2, 'subgraphs')[0];
  if (!sg) return { tensors: [], ops: [], inputs: [], outputs: [] };
  const tensors = sg.tables(0, 'tensors').map((t, i) => readTensor(t, i, buffers));
  const ops = sg.tables(3, 'operators').map((t) => ({ code: codes[t.uint(0)] ?? -1, inputs: t.ints(1, 'inputs'), outputs: t.ints(2, 'outputs') }));
  return { tensors, ops, inputs: sg.ints(1, 'inputs'), outputs: sg.ints(2, 'outputs') };
}

function readTensor(t: Table, index: number, buffers: Table[]): MainTensor {
  const buffer = buffers[t.uint(2)];
  const constant = !!buffer && ((buffer.bytes(0, 'data')?.data.length ?? 0) > 0 || buffer.long(1) > 1);
  const shape = t.ints(0, 'shape');
  const signature = t.has(7) ? t.ints(7, 'shape_signature') : shape;
  return { name: t.string(3, 'name') ?? `tensor_${index}`, type: t.byte(1), shape, signature, constant, bufferField: t.has(2) };
}
