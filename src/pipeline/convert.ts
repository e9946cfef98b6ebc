/**
 * File bytes → readKerasModel → convertKerasModel (or readOnnxModel → convertOnnxModel) → .tflite bytes (float32, float16, dynamic-range and full
 * int8), written atomically (temp file + rename): on any error no output file exists, not even a partial one.
 */
import { mkdir, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { convertKerasModel, recurrentFormNotes, sequenceLengthNotes } from '../convert/index.js';
import type { ConvertOptions } from '../convert/types.js';
import { GateError } from '../errors.js';
import type { Graph } from '../graph/ir.js';
import { readKerasModel } from '../keras/index.js';
import type { KerasModel } from '../keras/types.js';
import { probeOnnx } from '../onnx/probe.js';
import type { OnnxModel } from '../onnx/types.js';
import { toFloat16, writeTflite } from '../tflite/index.js';
import type { LoadOptions } from '../data/load.js';
import type { Dataset } from '../data/types.js';
import type { InferenceType, QuantizeReport } from '../quantize/index.js';
import type { CalibrationRanges } from '../quantize/index.js';
import type { LazyPool } from '../runtime/pool.js';
import type { LayerError } from '../quantize/layer-error.js';
import type { Limits } from '../util/limits.js';
import { isSpecialTarget, writeFailure, writeOutputFile } from '../util/write-file.js';
import { checkOutputPaths, readKerasFile } from './convert-files.js';
import type { OnnxPipelineOptions } from './onnx.js';
import { externalReader } from './onnx-external.js';

export type ConvertVariant = 'float32' | 'float16' | 'dynamic' | 'int8';

/** Full-integer settings: where the calibration data comes from and the type of the model's own I/O. */
export interface Int8Settings {
  /** The representative dataset (a path: any format evaluate reads), or calibration samples already loaded. */
  dataset: string | Dataset;
  /** The dataset path as the user gave it, for messages (default: `dataset`). */
  datasetName?: string;
  /** Keys, preprocessing, samples (default 200, seeded) of the representative dataset. */
  data?: LoadOptions;
  inferenceType?: InferenceType;
  workers?: number;
}

export interface ConvertFileOptions extends Partial<ConvertOptions>, Pick<OnnxPipelineOptions, 'nhwc' | 'external'> {
  /** Variants to write (default ['float32']). */
  variants?: ConvertVariant[];
  /** Exact output path; with several variants the float16 file gets a ".float16" infix. */
  outputFile?: string;
  /** Output folder; files are named <model>.tflite and <model>.float16.tflite. */
  outDir?: string;
  /** Deadline for reading HDF5 files. */
  timeoutMs?: number;
  /** Required for the int8 variant. */
  int8?: Int8Settings;
  /** Deepest nesting of the Keras config and HDF5 groups (default: the max-config-depth limit). */
  maxConfigDepth?: number;
  /** File: the model size and config depth limits (convertFile). */
  limits?: Partial<Limits>;
  /** The model file as the user named it, for messages (default: the path). */
  name?: string;
  /** Called as each step starts (reading the file, converting its layers, writing each variant). */
  onProgress?: (step: ConvertStep) => void;
}

export type ConvertStep =
  | { step: 'read'; bytes: number }
  | { step: 'convert'; layers: number }
  | { step: 'write'; variant: ConvertVariant }
  /** Full int8: samples of the calibration set run, then of the per-layer error comparison. */
  | { step: 'calibrate' | 'layer-errors'; done: number; total: number };

export interface ConvertedVariant {
  variant: ConvertVariant;
  path: string;
  bytes: number;
  graph: Graph;
  quantization?: QuantizeReport;
  calibration?: CalibrationRanges;
  layerErrors?: LayerError[];
  /** The calibration samples the layer errors ran on. */
  layerErrorSamples?: number;
}

/** The model a file held: Keras or ONNX. */
export type SourceModel = KerasModel | OnnxModel;

export interface ConvertFileResult {
  model: SourceModel;
  variants: ConvertedVariant[];
  /** What a report should mention about the conversion (e.g. the sequence length a variable input got). */
  notes: string[];
  /** The first folder created for the output, when the output folder did not exist. */
  createdDir?: string;
}

/** A Keras or ONNX file (told apart by content) → Graph, in memory (ONNX external data through options.external). */
async function sourceGraph(bytes: Uint8Array, fileName: string, options: ConvertFileOptions): Promise<{ model: SourceModel; graph: Graph; notes: string[] }> {
  // ONNX, quantization and the runtime are loaded only when a model needs them (start-up time of `convert`)
  if (probeOnnx(bytes)) return (await import('./onnx.js')).convertOnnxBytes(bytes, fileName, options);
  const model = await readKerasModel(bytes, fileName, { timeoutMs: options.timeoutMs, maxDepth: options.maxConfigDepth });
  options.onProgress?.({ step: 'convert', layers: model.graph.layers.length });
  let graph: Graph;
  try {
    graph = convertKerasModel(model, options);
  } catch (error) {
    throw error instanceof GateError ? error.withFile(fileName) : error;
  }
  return { model, graph, notes: [...sequenceLengthNotes(model.graph, options.sequenceLength), ...recurrentFormNotes(model.graph, graph, options)] };
}

/** Convert one model file's bytes (Keras or ONNX) in memory: the graphs and bytes of each variant. */
export async function convertBytes(bytes: Uint8Array, fileName: string, options: ConvertFileOptions = {}) {
  options.onProgress?.({ step: 'read', bytes: bytes.byteLength });
  const variants = options.variants ?? ['float32'];
  // One pool for calibration and layer errors; a large file's starts now, so that its workers boot while the model
  // converts. Whether it is used is decided from the model's work (variantGraph). A pool that fails to start fails
  // the step that uses it.
  const pool = variants.includes('int8') && options.int8 ? await int8Pool(options.int8) : undefined;
  if (bytes.byteLength >= EARLY_POOL_BYTES) pool?.get().catch(() => undefined);
  try {
    const { model, graph, notes } = await sourceGraph(bytes, fileName, options);
    const out: VariantBytes[] = [];
    // Quantized variants keep the loop form too: dynamic range quantizes the weights in loop bodies, full int8
    // keeps a recurrent layer's WHILE float (reported), so their size does not grow with the sequence either.
    for (const variant of variants) out.push(await variantGraph(variant, graph, model, fileName, options, pool));
    return { model, variants: out, notes };
  } finally {
    await pool?.close();
  }
}

export interface VariantBytes {
  variant: ConvertVariant;
  graph: Graph;
  data: Uint8Array;
  quantization?: QuantizeReport;
  calibration?: CalibrationRanges;
  /** int8: each layer's error vs the float model, on the first `layerErrorSamples` calibration samples. */
  layerErrors?: LayerError[];
  layerErrorSamples?: number;
}

/** Model files from this size start the int8 pool before they convert (smaller ones rarely have the work to use it). */
const EARLY_POOL_BYTES = 8 * 1024 * 1024;

/**
 * Calibration and layer errors go to the pool from this much work (multiply-accumulates of one inference times the
 * samples, calibration's and twice the layer errors'): below it, booting the workers and loading each build twice
 * costs more than the second core gives. Measured whole-process, one thread / pool of two: the MNIST CNNs (0.2 and
 * 0.7 G) 0.31 / 0.37 s and 0.38 / 0.42 s, MobileNetV2 α 0.5 at 32×32 (0.5 G) 0.63 / 0.67 s; the mini-Xception (2.7 G)
 * 0.80 / 0.67 s, MobileNetV2 α 0.35 at 96×96 (2.8 G) 0.95 / 0.86 s, EfficientNetB0 at 96×96 (19 G) 3.4 / 2.7 s.
 */
export const POOL_MIN_MACS = 1.5e9;

/** The worker pool of an int8 conversion (none with one worker). */
async function int8Pool(int8: Int8Settings): Promise<LazyPool | undefined> {
  // one import() at a time: concurrent ones that share modules break Jest's ESM loader (the tests)
  const { DEFAULT_WORKERS } = await import('./quantize.js');
  const { LazyPool } = await import('../runtime/pool.js');
  const workers = Math.min(int8.workers ?? DEFAULT_WORKERS, availableParallelism());
  return workers > 1 ? new LazyPool(workers) : undefined;
}

async function variantGraph(variant: ConvertVariant, graph: Graph, model: SourceModel, fileName: string, options: ConvertFileOptions, pool?: LazyPool): Promise<VariantBytes> {
  if (variant === 'float32' || variant === 'float16') {
    const g = variant === 'float16' ? toFloat16(graph) : graph;
    return { variant, graph: g, data: writeTflite(g) };
  }
  const int8 = options.int8;
  const { loadCalibrationData, quantizeModel, recurrentLayers } = await import('./quantize.js');
  const { layerErrors, layerErrorSamples } = await import('./layer-error.js');
  const calibration = variant === 'int8' && int8
    ? (typeof int8.dataset === 'string' ? await loadCalibrationData(int8.dataset, graph, int8.data).catch((error: unknown) => {
      throw error instanceof GateError ? error.renamingFile(int8.dataset as string, int8.datasetName) : error;
    }) : int8.dataset)
    : undefined;
  const { modelStats } = await import('../metrics/model-stats.js');
  // small work runs on this thread (workers: 1); the pool may still have been started for a large file: it is closed unused
  const compared = calibration ? layerErrorSamples(graph, calibration.count) : 0;
  const pooled = calibration !== undefined && modelStats(graph).macs * (calibration.count + 2 * compared) >= POOL_MIN_MACS;
  const workers = pooled ? int8?.workers : 1;
  const q = await quantizeModel(graph, {
    mode: variant, file: fileName, ...(pool && pooled ? { pool } : {}), ...('nodes' in model ? {} : { keepFloat: recurrentLayers(model.graph) }),
    ...(options.onProgress ? { onProgress: (done: number, total: number) => options.onProgress!({ step: 'calibrate', done, total }) } : {}),
    ...(calibration ? { calibration } : {}), ...(int8?.inferenceType ? { inferenceType: int8.inferenceType } : {}), ...(workers ? { workers } : {}),
  });
  const layerProgress = options.onProgress && ((done: number, total: number) => options.onProgress!({ step: 'layer-errors', done, total }));
  const layers = calibration ? await layerErrors(graph, q.graph, calibration, fileName, workers, pooled ? pool : undefined, layerProgress) : undefined;
  return { variant, graph: q.graph, data: writeTflite(q.graph), quantization: q.report, ...(q.calibration ? { calibration: q.calibration } : {}), ...(layers ? { layerErrors: layers, layerErrorSamples: compared } : {}) };
}

/**
 * Where each variant goes: --output_file for float32 (or for the first variant when float32 is not written),
 * "<stem>.<variant>.tflite" beside it for the others.
 */
export function outputPaths(input: string, variants: ConvertVariant[], options: ConvertFileOptions): Record<ConvertVariant, string> {
  const main = options.outputFile
    ? (isSpecialTarget(options.outputFile) ? options.outputFile : resolve(options.outputFile))
    : join(options.outDir ?? dirname(input), `${basename(input, extname(input))}.tflite`);
  const primary = options.outputFile && !variants.includes('float32') ? variants[0] : 'float32';
  const path = (v: ConvertVariant) => (v === primary ? main : main.replace(/(\.tflite)?$/, `.${v}.tflite`));
  return { float32: path('float32'), float16: path('float16'), dynamic: path('dynamic'), int8: path('int8') };
}

const WRITE_HINT = 'Check the --output_file path and that its folder is writable.';

/** Write `data` to `path` (util/write-file.ts: whole or nothing; `-` and devices written through); returns the first folder it had to create, if any. */
async function writeVariantFile(path: string, data: Uint8Array): Promise<string | undefined> {
  const created = isSpecialTarget(path) ? undefined : await mkdir(dirname(path), { recursive: true });
  writeOutputFile(path, data, { mode: 'follow', what: 'the output', hint: WRITE_HINT });
  return created;
}

/** Read `input`, convert, and write every requested variant; nothing is written unless all variants converted. */
export async function convertFile(input: string, options: ConvertFileOptions = {}): Promise<ConvertFileResult> {
  const shown = options.name ?? input;
  const bytes = await readKerasFile(input, shown, options.limits);
  options = { maxConfigDepth: options.limits?.configDepth, ...options };
  const variants = options.variants ?? ['float32'];
  const paths = outputPaths(input, variants, options);
  await checkOutputPaths(input, variants.map((v) => paths[v]));
  const converted = await convertBytes(bytes, shown, { external: externalReader(input, options.limits?.modelMib), ...options });
  const written: ConvertedVariant[] = [];
  let createdDir: string | undefined;
  try {
    for (const v of converted.variants) {
      options.onProgress?.({ step: 'write', variant: v.variant });
      createdDir ??= await writeVariantFile(paths[v.variant], v.data);
      written.push({ variant: v.variant, path: paths[v.variant], bytes: v.data.byteLength, graph: v.graph,
        ...(v.quantization ? { quantization: v.quantization } : {}), ...(v.calibration ? { calibration: v.calibration } : {}),
        ...(v.layerErrors ? { layerErrors: v.layerErrors, layerErrorSamples: v.layerErrorSamples } : {}) });
    }
  } catch (error) {
    // never remove what was written through (a device, a FIFO, standard output): only files this run made
    await Promise.all(written.filter((w) => !isSpecialTarget(w.path)).map((w) => rm(w.path, { force: true })));
    if (createdDir) await rm(createdDir, { recursive: true, force: true });
    throw error instanceof GateError ? error : new GateError('usage', `cannot write the output: ${writeFailure(error)}`, { file: paths.float32 }, WRITE_HINT);
  }
  return { model: converted.model, variants: written, notes: converted.notes, ...(createdDir ? { createdDir } : {}) };
}
