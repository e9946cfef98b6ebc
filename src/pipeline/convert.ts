/**
 * File bytes → readKerasModel → convertKerasModel → .tflite bytes (float32 and/or float16), written
 * atomically (temp file + rename): on any error no output file exists, not even a partial one.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { convertKerasModel, sequenceLengthNotes } from '../convert/index.js';
import type { ConvertOptions } from '../convert/types.js';
import { GateError } from '../errors.js';
import type { Graph } from '../graph/ir.js';
import { readKerasModel } from '../keras/index.js';
import type { KerasModel } from '../keras/types.js';
import { probeOnnx, type OnnxModel } from '../onnx/index.js';
import { toFloat16, writeTflite } from '../tflite/index.js';
import { checkOutputPaths, readKerasFile, writeFailure } from './convert-files.js';
import { convertOnnxBytes, type OnnxPipelineOptions } from './onnx.js';
import { externalReader } from './onnx-external.js';

export type ConvertVariant = 'float32' | 'float16';

export interface ConvertFileOptions extends Partial<ConvertOptions>, Pick<OnnxPipelineOptions, 'nhwc' | 'external'> {
  /** Variants to write (default ['float32']). */
  variants?: ConvertVariant[];
  /** Exact output path; with several variants the float16 file gets a ".float16" infix. */
  outputFile?: string;
  /** Output folder; files are named <model>.tflite and <model>.float16.tflite. */
  outDir?: string;
  /** Deadline for reading HDF5 files. */
  timeoutMs?: number;
  /** The model file as the user named it, for messages (default: the path). */
  name?: string;
}

export interface ConvertedVariant {
  variant: ConvertVariant;
  path: string;
  bytes: number;
  graph: Graph;
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
  if (probeOnnx(bytes)) return convertOnnxBytes(bytes, fileName, options);
  const model = await readKerasModel(bytes, fileName, options.timeoutMs ? { timeoutMs: options.timeoutMs } : {});
  try {
    return { model, graph: convertKerasModel(model, options), notes: sequenceLengthNotes(model.graph, options.sequenceLength) };
  } catch (error) {
    throw error instanceof GateError ? error.withFile(fileName) : error;
  }
}

/** Convert one model file's bytes (Keras or ONNX): the graphs and bytes of each variant. */
export async function convertBytes(bytes: Uint8Array, fileName: string, options: ConvertFileOptions = {}) {
  const { model, graph, notes } = await sourceGraph(bytes, fileName, options);
  const variants = options.variants ?? ['float32'];
  const out = variants.map((variant) => {
    const g = variant === 'float16' ? toFloat16(graph) : graph;
    return { variant, graph: g, data: writeTflite(g) };
  });
  return { model, variants: out, notes };
}

/** Where each variant goes: --output_file for float32 (or for float16 alone), "<stem>.float16.tflite" beside it otherwise. */
export function outputPaths(input: string, variants: ConvertVariant[], options: ConvertFileOptions): Record<ConvertVariant, string> {
  const float32 = options.outputFile
    ? resolve(options.outputFile)
    : join(options.outDir ?? dirname(input), `${basename(input, extname(input))}.tflite`);
  const infixed = float32.replace(/(\.tflite)?$/, '.float16.tflite');
  const float16 = options.outputFile && !variants.includes('float32') ? float32 : infixed;
  return { float32, float16 };
}

/** Write `data` to `path` through a temp file; returns the first folder it had to create, if any. */
async function writeAtomic(path: string, data: Uint8Array): Promise<string | undefined> {
  const created = await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return created;
}

/** Read `input`, convert, and write every requested variant; nothing is written unless all variants converted. */
export async function convertFile(input: string, options: ConvertFileOptions = {}): Promise<ConvertFileResult> {
  const shown = options.name ?? input;
  const bytes = await readKerasFile(input, shown);
  const variants = options.variants ?? ['float32'];
  const paths = outputPaths(input, variants, options);
  await checkOutputPaths(input, variants.map((v) => paths[v]));
  const converted = await convertBytes(bytes, shown, { external: externalReader(input), ...options });
  const written: ConvertedVariant[] = [];
  let createdDir: string | undefined;
  try {
    for (const v of converted.variants) {
      createdDir ??= await writeAtomic(paths[v.variant], v.data);
      written.push({ variant: v.variant, path: paths[v.variant], bytes: v.data.byteLength, graph: v.graph });
    }
  } catch (error) {
    await Promise.all(written.map((w) => rm(w.path, { force: true })));
    if (createdDir) await rm(createdDir, { recursive: true, force: true });
    throw new GateError('usage', writeFailure(error), { file: paths.float32 }, 'Check the --output_file path and that its folder is writable.');
  }
  return { model: converted.model, variants: written, notes: converted.notes, ...(createdDir ? { createdDir } : {}) };
}
