/**
 * File bytes → readKerasModel → convertKerasModel → .tflite bytes (float32 and/or float16), written
 * atomically (temp file + rename): on any error no output file exists, not even a partial one.
 */
import { mkdir, rm } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { convertKerasModel, recurrentFormNotes, sequenceLengthNotes } from '../convert/index.js';
import type { ConvertOptions } from '../convert/types.js';
import { GateError } from '../errors.js';
import type { Graph } from '../graph/ir.js';
import { readKerasModel } from '../keras/index.js';
import type { KerasModel } from '../keras/types.js';
import { toFloat16, writeTflite } from '../tflite/index.js';
import type { Limits } from '../util/limits.js';
import { isSpecialTarget, writeFailure, writeOutputFile } from '../util/write-file.js';
import { checkOutputPaths, readKerasFile } from './convert-files.js';

export type ConvertVariant = 'float32' | 'float16';

export interface ConvertFileOptions extends Partial<ConvertOptions> {
  /** Variants to write (default ['float32']). */
  variants?: ConvertVariant[];
  /** Exact output path; with several variants the float16 file gets a ".float16" infix. */
  outputFile?: string;
  /** Output folder; files are named <model>.tflite and <model>.float16.tflite. */
  outDir?: string;
  /** Deadline for reading HDF5 files. */
  timeoutMs?: number;
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
  | { step: 'write'; variant: ConvertVariant };

export interface ConvertedVariant {
  variant: ConvertVariant;
  path: string;
  bytes: number;
  graph: Graph;
}

export interface ConvertFileResult {
  model: KerasModel;
  variants: ConvertedVariant[];
  /** What a report should mention about the conversion (e.g. the sequence length a variable input got). */
  notes: string[];
  /** The first folder created for the output, when the output folder did not exist. */
  createdDir?: string;
}

/** Convert one Keras file in memory (no I/O): the graphs and bytes of each variant. */
export async function convertBytes(bytes: Uint8Array, fileName: string, options: ConvertFileOptions = {}) {
  options.onProgress?.({ step: 'read', bytes: bytes.byteLength });
  const model = await readKerasModel(bytes, fileName, { timeoutMs: options.timeoutMs, maxDepth: options.maxConfigDepth });
  options.onProgress?.({ step: 'convert', layers: model.graph.layers.length });
  let graph: Graph;
  try {
    graph = convertKerasModel(model, options);
  } catch (error) {
    throw error instanceof GateError ? error.withFile(fileName) : error;
  }
  const variants = options.variants ?? ['float32'];
  const out = variants.map((variant) => {
    const g = variant === 'float16' ? toFloat16(graph) : graph;
    return { variant, graph: g, data: writeTflite(g) };
  });
  return { model, variants: out, notes: [...sequenceLengthNotes(model.graph, options.sequenceLength), ...recurrentFormNotes(model.graph, graph, options)] };
}

/** Where each variant goes: --output_file for float32 (or for float16 alone), "<stem>.float16.tflite" beside it otherwise. */
export function outputPaths(input: string, variants: ConvertVariant[], options: ConvertFileOptions): Record<ConvertVariant, string> {
  const float32 = options.outputFile
    ? (isSpecialTarget(options.outputFile) ? options.outputFile : resolve(options.outputFile))
    : join(options.outDir ?? dirname(input), `${basename(input, extname(input))}.tflite`);
  const infixed = float32.replace(/(\.tflite)?$/, '.float16.tflite');
  const float16 = options.outputFile && !variants.includes('float32') ? float32 : infixed;
  return { float32, float16 };
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
  const converted = await convertBytes(bytes, shown, options);
  const written: ConvertedVariant[] = [];
  let createdDir: string | undefined;
  try {
    for (const v of converted.variants) {
      options.onProgress?.({ step: 'write', variant: v.variant });
      createdDir ??= await writeVariantFile(paths[v.variant], v.data);
      written.push({ variant: v.variant, path: paths[v.variant], bytes: v.data.byteLength, graph: v.graph });
    }
  } catch (error) {
    // never remove what was written through (a device, a FIFO, standard output): only files this run made
    await Promise.all(written.filter((w) => !isSpecialTarget(w.path)).map((w) => rm(w.path, { force: true })));
    if (createdDir) await rm(createdDir, { recursive: true, force: true });
    throw error instanceof GateError ? error : new GateError('usage', `cannot write the output: ${writeFailure(error)}`, { file: paths.float32 }, WRITE_HINT);
  }
  return { model: converted.model, variants: written, notes: converted.notes, ...(createdDir ? { createdDir } : {}) };
}
