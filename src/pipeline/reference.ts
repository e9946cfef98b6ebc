/**
 * --reference: the ORIGINAL Keras model, run by tfjs-layers from the parsed Keras graph (src/reference),
 * on the same dataset as the .tflite variants: the source model's accuracy, and the conversion loss —
 * how far the float32 .tflite's outputs and accuracy are from the source model's. Also the cross-check
 * of a converted .tflite against the source model on seeded random inputs (tests, dev scripts).
 */
import type { Dataset, SampleArray } from '../data/types.js';
import { GateError } from '../errors.js';
import { readKerasModel } from '../keras/index.js';
import type { KerasGraph, KerasModel } from '../keras/types.js';
import { seededRandom } from '../util/random.js';
import type { ReferenceInput } from '../reference/index.js';
import { loadInterpreter } from '../runtime/interpreter.js';
import { predictInProcess } from '../runtime/pool.js';
import type { OutputBlock } from '../runtime/predict.js';
import { accuracyStats, agreementWithFloat32 } from './evaluate-metrics.js';
import { isTflite } from '../tflite/probe.js';
import type { ModelEvaluation } from '../results/types.js';
import { runOnnxSource } from './onnx-reference.js';
import { probeOnnx } from '../onnx/index.js';
import { noSourceNote } from '../report/source.js';
import type { ExternalFiles } from './onnx-external.js';

export type SourceEvaluation = NonNullable<ModelEvaluation['source']>;

export interface SourceOptions {
  /** The model file as the user named it. */
  model: string;
  bytes: Uint8Array;
  dataset: Dataset;
  /** The float32 variant's outputs on the dataset, for the conversion loss. */
  float32?: readonly OutputBlock[];
  notes: string[];
  /** The .tflite was converted with NHWC inputs (ONNX --nhwc): the dataset does not fit the ONNX model. */
  nhwc?: boolean;
  /** Deepest nesting of the Keras config (the max-config-depth limit). */
  maxConfigDepth?: number;
  /** An ONNX model's external data files, given to onnxruntime. */
  externalFiles?: ExternalFiles;
}

function referenceInput(data: SampleArray): ReferenceInput {
  return data instanceof Float32Array || data instanceof Int32Array ? data : Float32Array.from(data);
}

/** The source model's outputs on the dataset, shaped like the runtime's output blocks. */
async function sourceOutputs(model: KerasModel, file: string, dataset: Dataset, like?: readonly OutputBlock[]): Promise<{ outputs: OutputBlock[]; backend: string }> {
  // Loaded on demand: tfjs is large, and only --reference needs it (keeps every other command's start fast).
  const { createKerasReference } = await import('../reference/index.js');
  const reference = await createKerasReference(model, file);
  try {
    const raw = reference.predict(dataset.inputs.map((i) => referenceInput(i.data)), dataset.count);
    const outputs = raw.map((data, o) => {
      const sampleSize = data.length / dataset.count;
      return { name: like?.[o]?.name ?? `output ${o}`, shape: like?.[o]?.shape ?? [1, sampleSize], sampleSize, data };
    });
    return { outputs, backend: reference.backend };
  } finally {
    reference.dispose();
  }
}

/** The source model's outputs: Keras by tfjs, ONNX by onnxruntime (a string: why it could not run). */
async function anySourceOutputs(options: SourceOptions): Promise<{ outputs: OutputBlock[]; backend: string } | string> {
  const { model, bytes, dataset, float32 } = options;
  if (probeOnnx(bytes)) return options.nhwc ? 'the ONNX model takes NCHW inputs and the dataset is NHWC (--nhwc)' : runOnnxSource(bytes, dataset, { like: float32, externalFiles: options.externalFiles });
  return sourceOutputs(await readKerasModel(bytes, model, { maxDepth: options.maxConfigDepth }), model, dataset, float32);
}

/** Source accuracy and conversion loss; undefined (with a note) when the model is a .tflite or its runtime is missing. */
export async function evaluateSource(options: SourceOptions): Promise<SourceEvaluation | undefined> {
  const { model, bytes, dataset, float32, notes } = options;
  if (isTflite(bytes)) {
    notes.push('--reference needs the source model (.h5/.keras/.onnx); a .tflite file has no source model to compare with');
    return undefined;
  }
  const run = await anySourceOutputs(options);
  if (typeof run === 'string') {
    notes.push(noSourceNote(probeOnnx(bytes) ? 'ONNX' : 'Keras', run));
    return undefined;
  }
  const { outputs, backend } = run;
  if (float32 && float32.some((block, o) => block.data.length !== outputs[o]?.data.length)) {
    throw new GateError('runtime', 'the source model and the float32 .tflite give outputs of different sizes', { file: model },
      'Report this model: the converter and the Keras graph disagree on an output shape.');
  }
  const source: SourceEvaluation = { ...accuracyStats(outputs, dataset.count, dataset.labels, []), runtime: backend };
  if (float32) source.float32VsSource = agreementWithFloat32(float32, outputs, dataset.labels);
  return source;
}

function embeddingVocabulary(graph: KerasGraph): number | undefined {
  for (const layer of graph.layers) {
    if (layer.className === 'Embedding' && typeof layer.config.input_dim === 'number') return layer.config.input_dim;
    const inner = layer.model && embeddingVocabulary(layer.model);
    if (inner) return inner;
  }
  return undefined;
}

export interface CrossCheck {
  samples: number;
  maxAbsDiff: number;
  meanAbsDiff: number;
}

/**
 * The source model (tfjs-layers) vs a .tflite converted from it, on `samples` seeded random inputs:
 * uniform [0, 1) for float inputs, token ids below the Embedding vocabulary for integer inputs.
 */
export async function crossCheckTflite(model: KerasModel, tflite: Uint8Array, file: string, samples = 8, seed = 1): Promise<CrossCheck> {
  const interpreter = await loadInterpreter(tflite, { file });
  const details = interpreter.inputs;
  interpreter.dispose();
  const random = seededRandom(seed);
  const vocabulary = embeddingVocabulary(model.graph) ?? 10;
  const inputs = details.map((d) => {
    const integer = d.dtype === 'int32' || d.dtype === 'int64';
    const values = Float64Array.from({ length: d.size * samples }, () => (integer ? Math.floor(random() * vocabulary) : random()));
    return integer ? Int32Array.from(values) : Float32Array.from(values);
  });
  const dataset: Dataset = { source: 'random', count: samples, inputs: inputs.map((data, i) => ({ name: details[i]!.name, shape: [samples, ...details[i]!.shape.slice(1)], dtype: data instanceof Int32Array ? 'int32' : 'float32', data })) };
  const converted = await predictInProcess({ bytes: tflite, file, inputs: inputs.map((data, i) => ({ data, sampleSize: details[i]!.size })), count: samples });
  const { outputs } = await sourceOutputs(model, file, dataset, converted);
  const stats = agreementWithFloat32(converted, outputs, undefined);
  return { samples, maxAbsDiff: stats.maxAbsDiff, meanAbsDiff: stats.meanAbsDiff };
}
