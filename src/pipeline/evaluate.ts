/**
 * Evaluate one model: its .tflite variants run in LiteRT.js on the user's dataset (worker pool for
 * throughput), accuracy and agreement with float32, single-thread latency, size and graph statistics.
 * Plain data out (ModelEvaluation); nothing is printed here.
 */
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, extname, join } from 'node:path';
import type { ExternalFiles } from './onnx-external.js';
import { externalFilesBeside } from './onnx.js';
import { GateError } from '../errors.js';
import { loadDataset, type LoadOptions } from '../data/load.js';
import type { Dataset, DatasetLabels } from '../data/types.js';
import { latencyStats } from '../metrics/latency.js';
import { loadInterpreter, type TensorDetails } from '../runtime/interpreter.js';
import { measureLatency } from '../runtime/latency.js';
import { liteRtRuntime } from '../runtime/litert-node.js';
import { InterpreterPool, predictInProcess } from '../runtime/pool.js';
import type { OutputBlock, SampleInput } from '../runtime/predict.js';
import { accuracyStats, agreementWithFloat32, dequantizeOutputs, quantizationNotes } from './evaluate-metrics.js';
import { variantStats } from './evaluate-stats.js';
import { convertKeras, modelVariants, type KerasConverter, type VariantModel } from './evaluate-variants.js';
import type { ConvertStep } from './convert.js';
import { isTflite } from '../tflite/probe.js';
import { int8Variant, type Int8Calibration } from './evaluate-int8.js';
import { evaluateSource } from './reference.js';
import { checkModelFormat, readModelFile } from './model-file.js';
import type { ModelEvaluation, VariantName, VariantResult } from '../results/types.js';
import type { Limits } from '../util/limits.js';
import { writeOutputFile } from '../util/write-file.js';

export type EvaluateStage = 'convert' | 'calibrate' | 'layer errors' | 'dataset' | 'predict' | 'reference' | 'latency' | 'stats';

/** What the stages that count call their items (in progress rates). */
export const STAGE_UNITS: Partial<Record<EvaluateStage, string>> = { calibrate: 'samples', 'layer errors': 'samples', predict: 'samples', latency: 'runs' };

export interface EvaluateProgress {
  stage: EvaluateStage;
  variant?: VariantName;
  /** Samples (predict) or runs (latency) done so far, of total. */
  done?: number;
  total?: number;
}

export interface EvaluateOptions {
  /** The model file as the user named it (shown in results and errors). */
  model: string;
  /** Read the model from here (default: `model`), unless `bytes` are given. */
  modelPath?: string;
  bytes?: Uint8Array;
  /** Git ref or "working tree" (default). */
  ref?: string;
  /** Dataset file path; or a Dataset already fitted to the model. */
  dataset?: string | Dataset;
  /** The dataset as the user named it (default: the path). */
  datasetName?: string;
  /** Keys, preprocessing, samples, seed (as parsed by src/data/options.ts). */
  data?: LoadOptions;
  /** Default float32, float16. A .tflite file is evaluated as the one variant it is. */
  variants?: VariantName[];
  /** Limit the dataset to this many samples (overrides data.samples). */
  samples?: number;
  /** Timed single-thread runs per variant (default 100; 0 skips latency). */
  latencyRuns?: number;
  /** Worker threads for the dataset (default: min(cores, 4), or this thread alone when the work is small). */
  workers?: number;
  sequenceLength?: number;
  /** ONNX models: convert with NHWC inputs and outputs (for NHWC test sets such as image folders). */
  nhwc?: boolean;
  /** ONNX external data read beforehand (the gate's versions); else read beside modelPath when bytes are not given. */
  externalFiles?: ExternalFiles;
  /** Write each variant's .tflite here. */
  outputDir?: string;
  /** Also run the original Keras model (tfjs-layers, src/reference): source accuracy and conversion loss. */
  reference?: boolean;
  /** Calibration of the int8 variant (default: a seeded subset of the test set, left out of the figures). */
  int8?: Int8Calibration;
  /** Size, pixel, line and nesting limits (util/limits.ts defaults for what is not given). */
  limits?: Partial<Limits>;
  /** Converts Keras files; default: the converter pipeline. */
  convert?: KerasConverter;
  onProgress?: (progress: EvaluateProgress) => void;
}

interface Evaluated {
  variant: VariantModel;
  outputs?: OutputBlock[];
}

export async function evaluateModel(options: EvaluateOptions): Promise<ModelEvaluation> {
  return (await evaluateWithOutputs(options)).evaluation;
}

/** The evaluation, with each variant's outputs on the dataset and its labels (to compare models sample by sample). */
export interface EvaluatedModel {
  evaluation: ModelEvaluation;
  /** Per variant, in the evaluation's order; undefined without a dataset. */
  outputs: (OutputBlock[] | undefined)[];
  labels?: DatasetLabels;
}

export async function evaluateWithOutputs(options: EvaluateOptions): Promise<EvaluatedModel> {
  const notes: string[] = [];
  const report = options.onProgress ?? (() => undefined);
  const bytes = options.bytes ?? (await readModelFile(options.modelPath ?? options.model, options.model, '--model', options.limits));
  checkModelFormat(bytes, options.model, ['tflite', 'keras', 'onnx']);
  report({ stage: 'convert' });
  const loading = liteRtRuntime(); // starts LiteRT.js while the converter runs
  loading.catch(() => undefined); // (awaited below; an early failure must not go unhandled meanwhile)
  const requested = options.variants ?? ['float32', 'float16'];
  const int8Later = requested.includes('int8') && !isTflite(bytes);
  if (int8Later && !requested.includes('float32')) {
    throw new GateError('usage', 'the int8 variant is calibrated and compared against float32: include float32 in the variants', { file: options.model }, 'Pass --variants float32,int8 (or more).');
  }
  const keras = {
    model: options.model, bytes, sequenceLength: options.sequenceLength, maxConfigDepth: options.limits?.configDepth,
    ...(options.nhwc ? { nhwc: true } : {}), ...(options.bytes ? {} : { path: options.modelPath ?? options.model }),
    ...(options.externalFiles ? { externalFiles: options.externalFiles } : {}),
  };
  const convert = options.convert ?? convertKeras;
  const variants = await modelVariants({ ...keras, variants: requested.filter((v) => !int8Later || v !== 'int8') }, convert, notes);
  const runtime = await loading;
  const io = await modelIO(variants[0]!, options.model);
  report({ stage: 'dataset' });
  let dataset = await datasetFor(options, io);
  if (int8Later) {
    const onProgress = (s: ConvertStep) => {
      if (s.step === 'calibrate' || s.step === 'layer-errors') report({ stage: s.step === 'calibrate' ? 'calibrate' : 'layer errors', variant: 'int8', done: s.done, total: s.total });
    };
    const made = await int8Variant({ ...keras, onProgress }, options.int8 ?? {}, io.inputs, options.data ?? {}, dataset, convert, notes);
    variants.splice(requested.indexOf('int8'), 0, made.variant);
    dataset = made.dataset;
  }
  if (dataset) notes.push(...quantizationNotes(io));
  notes.push(...(dataset?.notes ?? []));
  const workers = dataset ? workerCount(options, io, dataset.count, variants.length) : 1;
  const evaluated: Evaluated[] = dataset ? await predictVariants(variants, dataset, workers, options) : variants.map((variant) => ({ variant }));
  const float32 = evaluated.find((e) => e.variant.variant === 'float32')?.outputs;
  if (options.reference) report({ stage: 'reference' });
  if (options.reference && !dataset) notes.push('--reference needs a dataset: no source accuracy');
  const source = options.reference && dataset ? await evaluateSource({
    model: options.model, bytes, dataset, float32, notes, maxConfigDepth: options.limits?.configDepth, ...(options.nhwc ? { nhwc: true } : {}),
    externalFiles: options.externalFiles ?? (options.bytes ? undefined : externalFilesBeside(options.modelPath ?? options.model, bytes, options.limits?.modelMib)),
  }) : undefined;
  const results: VariantResult[] = [];
  for (const { variant, outputs } of evaluated) {
    report({ stage: 'stats', variant: variant.variant });
    const result: VariantResult = { variant: variant.variant, ...variantStats(variant.bytes, options.model, notes), ...(variant.quantization ? { quantization: variant.quantization } : {}) };
    if (options.outputDir) result.tflitePath = await writeVariant(options.outputDir, options.model, variant);
    if (outputs && dataset) {
      Object.assign(result, accuracyStats(outputs, dataset.count, dataset.labels, notes));
      if (float32 && variant.variant !== 'float32') result.vsFloat32 = agreementWithFloat32(outputs, float32, dataset.labels);
    }
    results.push(result);
  }
  await measureVariants(evaluated, results, dataset, options);
  const evaluation: ModelEvaluation = {
    model: options.model,
    ref: options.ref ?? 'working tree',
    runtime: runtime.description,
    ...(dataset ? { dataset: options.datasetName ?? dataset.source } : {}),
    variants: results,
    ...(source ? { source } : {}),
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    ...(dataset?.labels?.kind === 'class' && dataset.labels.classNames ? { classNames: dataset.labels.classNames } : {}),
    ...(dataset?.preparation ? { datasetOptions: dataset.preparation } : {}),
    notes: [...new Set(notes)],
  };
  return { evaluation, outputs: evaluated.map((e) => e.outputs), ...(dataset?.labels ? { labels: dataset.labels } : {}) };
}

interface ModelIO {
  inputs: readonly TensorDetails[];
  outputs: readonly TensorDetails[];
  /** A rough time per inference (ms), from a few runs on zeros; decides whether a pool pays off. */
  inferenceMs: number;
}

async function modelIO(variant: VariantModel, file: string): Promise<ModelIO> {
  const interpreter = await loadInterpreter(variant.bytes, { file });
  try {
    interpreter.invoke(); // the first run packs weights: not typical
    const start = performance.now();
    let runs = 0;
    while (runs < 5 && performance.now() - start < 50) {
      interpreter.invoke();
      runs++;
    }
    return { inputs: interpreter.inputs, outputs: interpreter.outputs, inferenceMs: (performance.now() - start) / runs };
  } finally {
    interpreter.dispose();
  }
}

/** Starting workers costs ~0.2 s; below this much estimated work, this thread does it alone. */
const POOL_WORTH_MS = 500;

function workerCount(options: EvaluateOptions, io: ModelIO, samples: number, variants: number): number {
  if (options.workers !== undefined) return Math.max(1, Math.min(options.workers, Math.ceil(samples / 64)));
  if (io.inferenceMs * samples * variants < POOL_WORTH_MS) return 1;
  return Math.max(1, Math.min(availableParallelism(), 4, Math.ceil(samples / 64)));
}

async function datasetFor(options: EvaluateOptions, io: ModelIO): Promise<Dataset | undefined> {
  const { dataset } = options;
  if (dataset === undefined) return undefined;
  if (typeof dataset !== 'string') return dataset;
  const settings: LoadOptions = { ...options.data, limits: options.limits, outputShape: io.outputs[0]?.shape };
  if (options.samples !== undefined) settings.samples = options.samples;
  const modelInputs = io.inputs.map((d) => ({ name: d.name, shape: d.shape, dtype: d.dtype, ...(d.quantization ? { quantization: d.quantization } : {}) }));
  try {
    return await loadDataset(dataset, modelInputs, settings);
  } catch (error) {
    // name the dataset as the user did (the action passes an absolute path)
    throw error instanceof GateError ? error.renamingFile(dataset, options.datasetName) : error;
  }
}

function sampleInputs(dataset: Dataset): SampleInput[] {
  return dataset.inputs.map((input) => ({ data: input.data, sampleSize: input.data.length / dataset.count }));
}

/** Every variant over the whole dataset; one pool for all of them. */
async function predictVariants(variants: VariantModel[], dataset: Dataset, workers: number, options: EvaluateOptions): Promise<Evaluated[]> {
  const pool = workers > 1 ? await InterpreterPool.create(workers) : undefined;
  try {
    const out: Evaluated[] = [];
    for (const variant of variants) {
      const onProgress = (done: number, total: number) => options.onProgress?.({ stage: 'predict', variant: variant.variant, done, total });
      const request = { bytes: variant.bytes, file: options.model, inputs: sampleInputs(dataset), count: dataset.count, onProgress };
      const outputs = pool ? await pool.predict(request) : await predictInProcess(request);
      out.push({ variant, outputs: dequantizeOutputs(outputs, variant.bytes) });
    }
    return out;
  } finally {
    await pool?.close();
  }
}

/** Latency of each variant on this thread (after the pool is gone), on the dataset's first sample. */
async function measureVariants(evaluated: Evaluated[], results: VariantResult[], dataset: Dataset | undefined, options: EvaluateOptions): Promise<void> {
  const runs = options.latencyRuns ?? 100;
  if (runs <= 0) return;
  const inputs = dataset ? sampleInputs(dataset).map((s) => (s.data as Float32Array).subarray(0, s.sampleSize)) : undefined;
  for (let i = 0; i < evaluated.length; i++) {
    const variant = evaluated[i]!.variant;
    options.onProgress?.({ stage: 'latency', variant: variant.variant, done: 0, total: runs });
    const onRun = (done: number, total: number) => options.onProgress?.({ stage: 'latency', variant: variant.variant, done, total });
    const timings = await measureLatency({ bytes: variant.bytes, file: options.model }, { runs, warmup: Math.min(10, runs), inputs, onRun });
    results[i]!.latency = latencyStats(timings.runsMs, timings.initMs, timings.firstMs);
  }
}

/** A variant's .tflite in the output folder: whole or nothing, a link there replaced (never followed), a device refused. */
async function writeVariant(dir: string, model: string, variant: VariantModel): Promise<string> {
  const path = join(dir, `${basename(model, extname(model))}.${variant.variant}.tflite`);
  const hint = 'Pass a folder with --output-dir (it is created when missing), not a file.';
  try {
    await mkdir(dir, { recursive: true });
    writeOutputFile(path, variant.bytes, { mode: 'replace', what: `the ${variant.variant} .tflite`, hint });
  } catch (error) {
    if (error instanceof GateError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new GateError('usage', `cannot write the ${variant.variant} .tflite into the output folder (${code})`, { file: dir }, hint);
  }
  return path;
}
