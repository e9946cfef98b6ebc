/**
 * The measurement builds' common part: a copy of a graph that reduces chosen tensors per channel inside the graph
 * and hands back only the reductions, as ONE output (LiteRT.js makes and binds a fresh buffer for every output on
 * every run, ~25 µs each, and copying whole activations out costs more than reducing them where they are made).
 * A tensor is viewed as [N, H, W, C] (rank 4 as it is, any other as [N, elements / (N·C), 1, C] with N the build's
 * batch, 1 unless the graph was batched, and C its last dimension, 1 for rank 1) and reduced over H×W (MAX_POOL_2D or MEAN, both XNNPACK operators), leaving N·C values. Pure.
 */
import type { Graph, Op, OptionValue, Tensor } from '../graph/ir.js';

/** The name of the one output of a measurement build. */
export const MEASURED_OUTPUT = 'measured';

export class ReductionBuild {
  readonly tensors: Tensor[];
  /** The flat reductions, in the order they sit in the output. */
  private readonly parts: number[] = [];

  constructor(base: Graph, extra: Tensor[] = []) {
    this.tensors = [...base.tensors, ...extra];
  }

  add(t: Omit<Tensor, 'id'>): number {
    return this.tensors.push({ ...t, id: this.tensors.length }) - 1;
  }

  /** A float tensor of the shape of `like`. */
  floatLike(like: number, name: string): number {
    return this.add({ name, shape: [...this.tensors[like]!.shape], dtype: 'float32' });
  }

  /**
   * Reduce `x` (float32) over H×W of its [N, H, W, C] view with `type`, append the N·C results to the output and
   * return N·C; the ops go into `ops`. `batch`: samples per invoke (each sample's C results stay apart).
   */
  reduce(x: number, type: 'MAX_POOL_2D' | 'MEAN', name: string, ops: Op[], batch = 1): number {
    const shape = this.tensors[x]!.shape;
    const elements = shape.reduce((a, b) => a * b, 1);
    const last = shape.length >= 2 ? shape[shape.length - 1]! : 1;
    const view = shape.length === 4 ? [...shape] : [batch, elements / (batch * last), 1, last];
    const [n, h, w, c] = view as [number, number, number, number];
    let source = x;
    if (shape.length !== 4) {
      source = this.add({ name: `${name}/view`, shape: view, dtype: 'float32' });
      ops.push({ type: 'RESHAPE', inputs: [x, this.int32(`${name}/view/shape`, view)], outputs: [source] });
    }
    const reduced = this.add({ name, shape: [n, 1, 1, c], dtype: 'float32' });
    const options: Record<string, OptionValue> = type === 'MEAN'
      ? { keep_dims: true }
      : { padding: 'VALID', stride_w: 1, stride_h: 1, filter_width: w, filter_height: h };
    ops.push({ type, inputs: type === 'MEAN' ? [source, this.int32(`${name}/axes`, [1, 2])] : [source], outputs: [reduced], options });
    const flat = this.add({ name: `${name}/flat`, shape: [n * c], dtype: 'float32' });
    ops.push({ type: 'RESHAPE', inputs: [reduced, this.int32(`${name}/flat/shape`, [n * c])], outputs: [flat] });
    this.parts.push(flat);
    return n * c;
  }

  /** `graph` with `ops` and every reduction concatenated into the one output. */
  build(graph: Graph, ops: Op[]): Graph {
    const size = this.parts.reduce((a, id) => a + this.tensors[id]!.shape[0]!, 0);
    const output = this.add({ name: MEASURED_OUTPUT, shape: [size], dtype: 'float32' });
    ops.push({ type: 'CONCATENATION', inputs: this.parts, outputs: [output], options: { axis: 0 } });
    return { ...graph, tensors: this.tensors, ops, outputs: [{ name: MEASURED_OUTPUT, tensor: output }] };
  }

  private int32(name: string, values: number[]): number {
    return this.add({ name, shape: [values.length], dtype: 'int32', data: Int32Array.from(values) });
  }
}
