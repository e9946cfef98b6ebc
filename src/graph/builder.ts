import type { DType, Graph, Op, OptionValue, SignatureIO, Subgraph, Tensor, TensorData } from './ir.js';

/**
 * Builds a Graph op by op. Converters call it in execution order; passes (src/graph/passes) rewrite the
 * result afterwards. Tensor names must be unique: `uniqueName` appends a suffix when needed.
 */
export class GraphBuilder {
  readonly tensors: Tensor[] = [];
  readonly ops: Op[] = [];
  readonly inputs: SignatureIO[] = [];
  readonly outputs: SignatureIO[] = [];
  /** Conditions and bodies of WHILE loops (file subgraphs 1, 2, ...). */
  readonly subgraphs: Subgraph[] = [];
  private readonly names = new Set<string>();
  /** Per base name, the suffix to try first: every smaller one is taken (names are never released). */
  private readonly nextSuffix = new Map<string, number>();

  uniqueName(base: string): string {
    if (!this.names.has(base)) {
      this.names.add(base);
      return base;
    }
    let i = this.nextSuffix.get(base) ?? 1;
    while (this.names.has(`${base}_${i}`)) i++;
    this.nextSuffix.set(base, i + 1);
    const name = `${base}_${i}`;
    this.names.add(name);
    return name;
  }

  /** A tensor computed at run time (an activation). */
  activation(name: string, shape: number[], dtype: DType = 'float32'): number {
    return this.push({ name: this.uniqueName(name), shape: [...shape], dtype });
  }

  /** A constant tensor (weights, shapes, axes). */
  constant(name: string, shape: number[], dtype: DType, data: TensorData): number {
    const expected = shape.reduce((a, b) => a * b, 1);
    if (data.length !== expected) throw new Error(`constant ${name}: ${data.length} values for shape [${shape}]`);
    return this.push({ name: this.uniqueName(name), shape: [...shape], dtype, data });
  }

  constFloat(name: string, shape: number[], values: Float32Array | number[]): number {
    return this.constant(name, shape, 'float32', values instanceof Float32Array ? values : Float32Array.from(values));
  }

  constInt32(name: string, values: number[], shape: number[] = [values.length]): number {
    return this.constant(name, shape, 'int32', Int32Array.from(values));
  }

  op(type: string, inputs: number[], outputs: number[], options?: Record<string, OptionValue>, origin?: string): Op {
    const op: Op = { type, inputs, outputs, ...(options ? { options } : {}), ...(origin ? { origin } : {}) };
    this.ops.push(op);
    return op;
  }

  tensor(id: number): Tensor {
    const t = this.tensors[id];
    if (!t) throw new Error(`no tensor ${id}`);
    return t;
  }

  /** Adds a subgraph built by another builder (its `inputs`/`outputs` are tensor ids); returns its file index. */
  subgraph(name: string, body: GraphBuilder, inputs: number[], outputs: number[]): number {
    this.subgraphs.push({ name, tensors: body.tensors, ops: body.ops, inputs, outputs });
    return this.subgraphs.length;
  }

  build(description: string): Graph {
    const graph: Graph = { tensors: this.tensors, ops: this.ops, inputs: this.inputs, outputs: this.outputs, description };
    return this.subgraphs.length ? { ...graph, subgraphs: this.subgraphs } : graph;
  }

  private push(t: Omit<Tensor, 'id'>): number {
    const id = this.tensors.length;
    this.tensors.push({ id, ...t });
    return id;
  }
}
