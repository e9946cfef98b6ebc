/**
 * The conversion state: every ONNX value by name, with its ONNX shape, its constant data when known at
 * conversion time, and the graph tensors that hold it in each layout. Handlers ask for a value in the layout
 * they need; a missing layout is made once (TRANSPOSE, or RESHAPE when the memory order allows) and cached.
 */
import { GateError } from '../../errors.js';
import type { GraphBuilder } from '../../graph/builder.js';
import type { DType, OptionValue } from '../../graph/ir.js';
import { isFloatType, type AttrValue, type OnnxConst, type OnnxDType, type OnnxNode } from '../types.js';
import { fromNhwc, keepsMemoryOrder, physicalShape, toNhwc, type Layout } from './layout.js';
import { transposeConst } from './nd.js';

export interface Value {
  shape: number[];
  dtype: OnnxDType;
  const?: OnnxConst;
  ids: Partial<Record<Layout, number>>;
  /**
   * A rank-2 [N, features] value flattened straight from an nhwc tensor: `id` holds the features in
   * (h, w, c) order, feature j of it is ONNX feature order[j]. A FULLY_CONNECTED reads it with its weight
   * columns permuted; anything else gets the plain tensor from `materialize` (a TRANSPOSE, made once).
   */
  flat?: { id: number; order: number[]; materialize: () => number };
}

/** The graph dtype of an ONNX type: floats compute in float32, integers as int32 (TFLite's index type). */
export function graphDType(t: OnnxDType): DType {
  if (isFloatType(t)) return 'float32';
  return t === 'bool' ? 'bool' : 'int32';
}

/** Activation sizes stay within what a TFLite tensor can hold (a corrupt pad or shape must not run away). */
const MAX_ELEMENTS = 2 ** 31 - 1;

function checkShape(shape: number[]): void {
  const ok = shape.every((d) => Number.isSafeInteger(d) && d >= 0) && shape.reduce((a, b) => a * b, 1) <= MAX_ELEMENTS;
  if (!ok) throw new RangeError(`the result would have the shape [${shape.join(', ')}]`);
}

export class OnnxContext {
  readonly values = new Map<string, Value>();
  node!: OnnxNode;

  constructor(readonly builder: GraphBuilder, readonly opset: number) {}

  get where(): string {
    return `node "${this.node.name}" (${this.node.opType})`;
  }

  fail(message: string, hint?: string): never {
    throw new GateError('unsupported', message, { where: this.where }, hint);
  }

  /** Whether input `i` of the current node is given (optional inputs may be "" or absent). */
  has(i: number): boolean {
    return !!this.node.inputs[i];
  }

  /** Input i of the current node, or a value by name (a temporary of a handler). */
  value(i: number | string): Value {
    const name = typeof i === 'string' ? i : this.node.inputs[i];
    const v = name ? this.values.get(name) : undefined;
    if (!v) throw new GateError('bad-model', `input ${i} ${name ? `"${name}" is not produced by any earlier node` : 'is missing'}`, { where: this.where }, 'The graph is not topologically sorted or is incomplete; export it again.');
    return v;
  }

  shape(i: number | string): number[] {
    return this.value(i).shape;
  }

  constOf(i: number): OnnxConst | undefined {
    return this.has(i) ? this.value(i).const : undefined;
  }

  /** Input i as a constant, or an error saying the operator needs it constant. */
  requireConst(i: number, what: string): OnnxConst {
    const c = this.constOf(i);
    if (!c) this.fail(`${what} (input ${i}) must be a constant once input shapes are fixed`, 'Export with static shapes for this operator.');
    return c;
  }

  /** The layout a handler should keep for input i: nhwc when that is the only form it exists in. */
  layoutOf(i: number | string): Layout {
    const v = this.value(i);
    return v.ids.nhwc !== undefined && v.ids.plain === undefined ? 'nhwc' : 'plain';
  }

  /** The graph tensor holding input i in `layout` (made from the other layout or the constant when needed). */
  tensor(i: number | string, layout: Layout = 'plain'): number {
    return this.tensorOf(this.value(i), typeof i === 'string' ? i : this.node.inputs[i]!, layout);
  }

  tensorOf(v: Value, name: string, layout: Layout): number {
    const want: Layout = v.shape.length < 3 ? 'plain' : layout;
    const cached = v.ids[want] ?? (v.shape.length < 3 ? v.ids.nhwc : undefined);
    if (cached !== undefined) return cached;
    let id: number;
    if (v.flat) id = v.flat.materialize();
    else if (v.const) id = this.constant(name, want === 'nhwc' ? transposeConst(v.const, toNhwc(v.shape.length)) : v.const);
    else id = this.relayout(v, name, want);
    v.ids[want] = id;
    return id;
  }

  private relayout(v: Value, name: string, want: Layout): number {
    const from: Layout = want === 'nhwc' ? 'plain' : 'nhwc';
    const source = v.ids[from]!;
    const perm = want === 'nhwc' ? toNhwc(v.shape.length) : fromNhwc(v.shape.length);
    const fromShape = physicalShape(v.shape, from);
    const outShape = physicalShape(v.shape, want);
    const out = this.builder.activation(`${name}/${want}`, outShape, this.builder.tensor(source).dtype);
    if (keepsMemoryOrder(fromShape, perm)) this.builder.op('RESHAPE', [source, this.builder.constInt32(`${name}/${want}/shape`, outShape)], [out], undefined, this.node?.name);
    else this.builder.op('TRANSPOSE', [source, this.builder.constInt32(`${name}/${want}/perm`, perm)], [out], undefined, this.node?.name);
    return out;
  }

  /** A graph constant with the data of `c` (in the order given). */
  constant(name: string, c: OnnxConst): number {
    const dtype = graphDType(c.dtype);
    if (dtype === 'float32') return this.builder.constFloat(name, c.dims, c.data instanceof Float32Array ? c.data : Float32Array.from(c.data));
    if (dtype === 'bool') return this.builder.constant(name, c.dims, 'bool', Uint8Array.from(c.data));
    return this.builder.constant(name, c.dims, 'int32', Int32Array.from(c.data, (x) => Math.max(-2147483648, Math.min(2147483647, x))));
  }

  constInt(suffix: string, values: number[], shape: number[] = [values.length]): number {
    return this.builder.constInt32(`${this.node.name}/${suffix}`, values, shape);
  }

  constFloat(suffix: string, shape: number[], values: Float32Array | number[]): number {
    return this.builder.constFloat(`${this.node.name}/${suffix}`, shape, values);
  }

  /** Add one op whose output is output `out` of the current node, held in `layout`; returns the tensor id. */
  emit(type: string, inputs: number[], shape: number[], layout: Layout, options?: Record<string, OptionValue>, dtype: OnnxDType = 'float32', out: number | string = 0): number {
    const name = typeof out === 'string' ? out : this.node.outputs[out] || `${this.node.name}:${out}`;
    const id = this.builder.activation(name, physicalShape(shape, layout), graphDType(dtype));
    this.builder.op(type, inputs, [id], options, this.node.name);
    this.define(out, { shape, dtype, ids: { [layout]: id } });
    return id;
  }

  /** One op with several outputs (SPLIT_V...), output k of the node shaped shapes[k], all in `layout`. */
  emitMulti(type: string, inputs: number[], shapes: number[][], layout: Layout, options?: Record<string, OptionValue>, dtype: OnnxDType = 'float32'): void {
    const ids = shapes.map((shape, k) => {
      const id = this.builder.activation(this.node.outputs[k] || `${this.node.name}:${k}`, physicalShape(shape, layout), graphDType(dtype));
      this.define(k, { shape, dtype, ids: { [layout]: id } });
      return id;
    });
    this.builder.op(type, inputs, ids, options, this.node.name);
  }

  /** An intermediate tensor of the current node (not an ONNX value), shaped as stored. */
  temp(type: string, inputs: number[], physical: number[], suffix: string, options?: Record<string, OptionValue>, dtype: DType = 'float32'): number {
    checkShape(physical);
    const id = this.builder.activation(`${this.node.name}/${suffix}`, physical, dtype);
    this.builder.op(type, inputs, [id], options, this.node.name);
    return id;
  }

  /** Defines output `out` of the node, or a temporary value by name (returned). */
  define(out: number | string, value: Value): string {
    checkShape(value.shape);
    const name = typeof out === 'string' ? out : this.node.outputs[out];
    if (name) this.values.set(name, value);
    return name ?? '';
  }

  /** A temporary constant value named after the node, for handlers that build on elementwise helpers. */
  tempConst(suffix: string, c: OnnxConst): string {
    return this.define(`${this.node.name}/${suffix}`, { shape: c.dims, dtype: c.dtype, const: c, ids: {} });
  }

  defineConst(out: number, c: OnnxConst): void {
    this.define(out, { shape: c.dims, dtype: c.dtype, const: c, ids: {} });
  }

  /** Output `out` is input `i` unchanged (Identity, Dropout, no-op Cast). */
  alias(out: number, i: number): void {
    this.define(out, this.value(i));
  }

  attr(name: string, fallback: number): number;
  attr(name: string, fallback: string): string;
  attr(name: string, fallback: number[]): number[];
  attr(name: string, fallback: AttrValue): AttrValue {
    return this.node.attrs[name] ?? fallback;
  }
}
