/**
 * OnnxModel → TFLite-shaped Graph: fuse exporter patterns, refuse unsupported nodes (all in one error),
 * pin dynamic input dimensions, convert node by node (constants folded, NCHW values kept NHWC where the
 * kernels want it), then the same graph passes as for Keras models.
 */
import { GateError } from '../../errors.js';
import { GraphBuilder } from '../../graph/builder.js';
import type { Graph } from '../../graph/ir.js';
import { optimizeGraph } from '../../graph/passes/index.js';
import type { OnnxIO, OnnxModel } from '../types.js';
import { graphDType, OnnxContext } from './context.js';
import { fuseNodes } from './fuse.js';
import { physicalShape, type Layout } from './layout.js';
import { assertSupportedNodes, HANDLERS } from './registry.js';
import type { OnnxConvertOptions } from './types.js';

export type { OnnxConvertOptions } from './types.js';
export { supportedOnnxOps } from './registry.js';

const DEFAULTS: OnnxConvertOptions = { batchSize: 1 };

/** Fixed input dimensions: the first dynamic one (batch) from batchSize, the others from sequenceLength. */
function pinShape(io: OnnxIO, opts: OnnxConvertOptions): number[] {
  return io.dims.map((d, i) => {
    if (typeof d === 'number' && d > 0) return d;
    if (i === 0) return opts.batchSize;
    if (opts.sequenceLength) return opts.sequenceLength;
    throw new GateError('unsupported', `input "${io.name}" has a dynamic dimension ${i} ("${d}") in [${io.dims.join(', ')}]`, { where: `input ${io.name}` },
      'Pass --sequence_length N to fix it, or export the model with a fixed shape.');
  });
}

const interfaceLayout = (rank: number, opts: OnnxConvertOptions): Layout => (opts.nhwcInterface && rank === 4 ? 'nhwc' : 'plain');

function addInputs(ctx: OnnxContext, model: OnnxModel, opts: OnnxConvertOptions): void {
  for (const io of model.inputs) {
    const shape = pinShape(io, opts);
    const layout = interfaceLayout(shape.length, opts);
    const dtype = io.dtype === 'int64' ? 'int64' : graphDType(io.dtype);
    const id = ctx.builder.activation(`serving_default_${io.name}:0`, physicalShape(shape, layout), dtype);
    ctx.builder.inputs.push({ name: io.name, tensor: id });
    ctx.values.set(io.name, { shape, dtype: io.dtype, ids: { [layout]: id } });
  }
}

function convertNodes(ctx: OnnxContext, model: OnnxModel): void {
  for (const node of model.nodes) {
    ctx.node = node;
    const handler = HANDLERS.get(node.opType)!;
    try {
      const constant = node.inputs.every((name, i) => !name || ctx.value(i).const);
      const folded = handler.fold && constant ? handler.fold(ctx) : undefined;
      if (folded) folded.forEach((c, k) => ctx.defineConst(k, c));
      else handler.emit(ctx);
    } catch (error) {
      if (error instanceof GateError) throw error;
      throw new GateError('bad-model', `cannot convert this node: ${(error as Error).message}`, { where: ctx.where }, 'The node does not fit its inputs; check the model with onnx.checker.');
    }
    for (const out of node.outputs.filter(Boolean)) {
      if (!ctx.values.has(out)) throw new GateError('unsupported', `output "${out}" is not produced`, { where: ctx.where });
    }
  }
}

function addOutputs(ctx: OnnxContext, model: OnnxModel, opts: OnnxConvertOptions): void {
  ctx.node = { name: 'outputs', opType: 'Output', domain: '', inputs: model.outputs.map((o) => o.name), outputs: [], attrs: {} };
  model.outputs.forEach((io, i) => {
    const rank = ctx.shape(i).length;
    let id = ctx.tensor(i, interfaceLayout(rank, opts));
    if (ctx.builder.inputs.some((x) => x.tensor === id) || ctx.builder.tensor(id).data) {
      id = ctx.temp('RESHAPE', [id, ctx.constInt(`${io.name}/shape`, ctx.builder.tensor(id).shape)], ctx.builder.tensor(id).shape, io.name);
    }
    ctx.builder.outputs.push({ name: io.name, tensor: id });
  });
}

export function convertOnnxModel(source: OnnxModel, options: Partial<OnnxConvertOptions> = {}): Graph {
  const opts: OnnxConvertOptions = { ...DEFAULTS, ...options };
  const model = fuseNodes(source);
  assertSupportedNodes(model.nodes, model.opset);
  const ctx = new OnnxContext(new GraphBuilder(), model.opset);
  addInputs(ctx, model, opts);
  for (const [name, c] of model.initializers) ctx.values.set(name, { shape: c.dims, dtype: c.dtype, const: c, ids: {} });
  convertNodes(ctx, model);
  addOutputs(ctx, model, opts);
  const graph = optimizeGraph(ctx.builder.build('tflite-gate'));
  graph.outputs.forEach((io, i) => {
    if (!graph.inputs.some((x) => x.tensor === io.tensor)) graph.tensors[io.tensor]!.name = `StatefulPartitionedCall_1:${i}`;
  });
  return graph;
}
