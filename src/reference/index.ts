/**
 * The source-model reference: the ORIGINAL Keras model run by tfjs-layers, built from the parsed Keras
 * graph and the file's weights — independent of our TFLite converter. Used to report the source
 * model's accuracy and the conversion loss, and to cross-check the converter on files today's Keras
 * cannot load (Keras 2-era configs).
 */
import { GateError } from '../errors.js';
import type { KerasGraph, KerasModel } from '../keras/types.js';
import { registerActivations } from './activations.js';
import { referenceBackend, type Tfjs } from './backend.js';
import { registerCustomLayers } from './custom-layers.js';
import { toTfjsModelJson, type LayerProblem } from './model-json.js';

export type { LayerProblem } from './model-json.js';
export { referenceBackend } from './backend.js';

export type ReferenceInput = Float32Array | Int32Array;

export interface KerasReference {
  /** e.g. "tfjs 4.22.0 (wasm)". */
  readonly backend: string;
  /** Per-sample input shapes (without batch) and dtypes, as the model declares them. */
  readonly inputs: readonly { shape: (number | null)[]; dtype: string }[];
  /** `inputs[i]` holds `count` samples of input i back to back; one Float32Array per model output. */
  predict(inputs: ReferenceInput[], count: number): Float32Array[];
  dispose(): void;
}

/** Every layer (nested ones as "outer/inner") that tfjs cannot run as Keras would, with the reason. */
export function referenceSupport(model: KerasModel): LayerProblem[] {
  return toTfjsModelJson(model).problems;
}

function unsupportedError(problems: LayerProblem[], file: string): GateError {
  const list = problems.map((p) => `${p.layer} (${p.className}): ${p.reason}`);
  return new GateError(
    'unsupported',
    `the Keras reference (tfjs-layers) cannot run ${problems.length} layer(s): ${list.join('; ')}`,
    { file, where: `layer ${problems[0]!.layer}` },
    'Run without --reference; the .tflite variants are still evaluated.',
  );
}

type LayersModel = Awaited<ReturnType<Tfjs['models']['modelFromJSON']>>;
type TfLayer = ReturnType<LayersModel['getLayer']>;

function setGraphWeights(tf: Tfjs, graph: KerasGraph, model: LayersModel, file: string, path: string): void {
  for (const layer of graph.layers) {
    const where = path ? `${path}/${layer.name}` : layer.name;
    if (!layer.model && layer.weights.length === 0) continue; // (tfjs drops layers no output depends on)
    const target: TfLayer = model.getLayer(layer.name);
    if (layer.model) {
      setGraphWeights(tf, layer.model, target as unknown as LayersModel, file, where);
      continue;
    }
    const tensors = layer.weights.map((w) => tf.tensor(w.data, w.shape, 'float32'));
    try {
      target.setWeights(tensors);
    } catch (error) {
      const expected = target.weights.map((w) => `[${w.shape.join(',')}]`).join(' ');
      const got = layer.weights.map((w) => `[${w.shape.join(',')}]`).join(' ');
      throw new GateError('bad-model', `the Keras reference cannot take this layer's weights (file: ${got}; tfjs expects: ${expected}): ${(error as Error).message}`,
        { file, where: `layer ${where}` }, 'Check that the file was saved by model.save() with its weights.');
    } finally {
      tf.dispose(tensors);
    }
  }
}

export async function createKerasReference(model: KerasModel, file: string): Promise<KerasReference> {
  const { tf, description } = await referenceBackend();
  registerActivations();
  registerCustomLayers();
  const { topology, problems } = toTfjsModelJson(model);
  if (problems.length > 0) throw unsupportedError(problems, file);
  let layersModel: LayersModel;
  try {
    layersModel = await tf.models.modelFromJSON({ modelTopology: topology } as never);
  } catch (error) {
    throw new GateError('unsupported', `the Keras reference (tfjs-layers) cannot build the model: ${(error as Error).message}`, { file, where: `model ${model.graph.name}` },
      'Run without --reference; the .tflite variants are still evaluated.');
  }
  setGraphWeights(tf, model.graph, layersModel, file, '');
  return new TfjsReference(tf, layersModel, model.graph, description);
}

const CHUNK = 64;

class TfjsReference implements KerasReference {
  readonly inputs: { shape: (number | null)[]; dtype: string }[];

  constructor(private readonly tf: Tfjs, private readonly model: LayersModel, graph: KerasGraph, readonly backend: string) {
    this.inputs = model.inputs.map((input, i) => ({ shape: input.shape.slice(1), dtype: graph.inputDtypes[i] ?? input.dtype }));
  }

  /** One sample's shape, filling a single unknown dimension from the data length. */
  private sampleShape(index: number, elements: number): number[] {
    const shape = this.inputs[index]!.shape;
    const known = shape.reduce<number>((n, d) => n * (d ?? 1), 1);
    return shape.map((d) => d ?? Math.round(elements / known));
  }

  predict(inputs: ReferenceInput[], count: number): Float32Array[] {
    const { tf } = this;
    const perSample = inputs.map((data) => data.length / count);
    const shapes = inputs.map((_, i) => this.sampleShape(i, perSample[i]!));
    const chunks: Float32Array[][] = [];
    for (let start = 0; start < count; start += CHUNK) {
      const n = Math.min(CHUNK, count - start);
      const result = tf.tidy(() => {
        const xs = inputs.map((data, i) => {
          const slice = data.subarray(start * perSample[i]!, (start + n) * perSample[i]!);
          const dtype = this.model.inputs[i]!.dtype === 'int32' ? 'int32' : 'float32'; // as the model declares it
          return tf.tensor(dtype === 'int32' ? Int32Array.from(slice) : Float32Array.from(slice), [n, ...shapes[i]!], dtype);
        });
        const ys = this.model.predict(xs.length === 1 ? xs[0]! : xs);
        return Array.isArray(ys) ? ys : [ys];
      });
      chunks.push(result.map((y) => y.dataSync() as Float32Array));
      tf.dispose(result);
    }
    return this.model.outputs.map((_, o) => concat(chunks.map((c) => c[o]!)));
  }

  dispose(): void {
    this.model.dispose();
  }
}

function concat(parts: Float32Array[]): Float32Array {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
