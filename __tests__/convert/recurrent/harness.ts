/**
 * Shared by the recurrent fixture tests and scripts/bench-recurrent.ts: read a Keras fixture, convert it with
 * our converter, write the .tflite, run it in LiteRT.js and compare with the Keras outputs stored beside it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertKerasModel, type ConvertOptions } from '../../../src/convert/index.js';
import type { Graph } from '../../../src/graph/ir.js';
import { readKerasModel, type KerasModel } from '../../../src/keras/index.js';
import { loadInterpreter, type Interpreter } from '../../../src/runtime/interpreter.js';
import { toFloat16 } from '../../../src/tflite/float16.js';
import { writeTflite } from '../../../src/tflite/writer.js';

export const ROOT = process.cwd();
export const RECURRENT_DIR = join(ROOT, 'fixtures', 'recurrent');
export const MODELS_DIR = join(ROOT, 'fixtures', 'models');
/** The shared real Keras files (REAL_MODELS_DIR overrides, e.g. from a git worktree elsewhere). */
export const REAL_DIR = process.env.REAL_MODELS_DIR ?? join(ROOT, '..', 'shared', 'real-models');

export interface FixtureCase {
  /** e.g. "lstm_last.h5" or "real:arabic_lstm_k222.h5". */
  label: string;
  /** The fixture model's name (one per model, whatever the file format). */
  model: string;
  modelPath: string;
  samples: number;
  inputs: { shape: number[]; path: string; dtype?: string }[];
  outputs: { shape: number[]; path: string }[];
  sequenceLength?: number;
  long: boolean;
}

interface ManifestEntry {
  files: string[];
  samples: number;
  inputs: { shape: number[]; file: string }[];
  outputs: { shape: number[]; file: string }[];
  sequenceLength?: number;
  long?: boolean;
  real?: string;
}

export interface RecurrentManifest {
  models: Record<string, ManifestEntry>;
  refused: Record<string, { files: string[]; mentions: string[] }>;
}

export const recurrentManifest = (): RecurrentManifest => JSON.parse(readFileSync(join(RECURRENT_DIR, 'manifest.json'), 'utf8')) as RecurrentManifest;

/** Every (model file, reference) pair of fixtures/recurrent; the real file only when the shared folder exists. */
export function recurrentCases(): FixtureCase[] {
  const cases: FixtureCase[] = [];
  for (const [name, e] of Object.entries(recurrentManifest().models)) {
    const files = e.real ? [join(REAL_DIR, e.real)] : e.files.map((f) => join(RECURRENT_DIR, f));
    for (const modelPath of files) {
      if (e.real && !existsSync(modelPath)) continue;
      cases.push({
        label: e.real ? `real:${e.real}` : modelPath.split('/').pop()!,
        model: name,
        modelPath, samples: e.samples, sequenceLength: e.sequenceLength, long: e.long === true,
        inputs: e.inputs.map((i) => ({ shape: i.shape, path: join(RECURRENT_DIR, i.file) })),
        outputs: e.outputs.map((o) => ({ shape: o.shape, path: join(RECURRENT_DIR, o.file) })),
      });
    }
  }
  return cases;
}

/** The recurrent models of the shared fixture set (fixtures/manifest.json, family "recurrent"), float inputs only. */
export function sharedRecurrentCases(): FixtureCase[] {
  const path = join(ROOT, 'fixtures', 'manifest.json');
  if (!existsSync(path)) return [];
  type Shared = { name: string; family: string; h5?: string; keras?: string; sequenceLength?: number; inputs: { dtype: string; shape: number[]; file: string }[]; outputs: { shape: number[]; file: string }[] };
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { models: Shared[] };
  return manifest.models
    .filter((m) => m.family === 'recurrent' && !m.name.includes('mask'))
    .flatMap((m) => [m.h5, m.keras].filter((f): f is string => Boolean(f)).map((file) => ({
      label: `models/${file}`, model: `models/${m.name}`, modelPath: join(MODELS_DIR, file), samples: m.inputs[0]!.shape[0]!, sequenceLength: m.sequenceLength, long: false,
      inputs: m.inputs.map((i) => ({ shape: i.shape.slice(1), path: join(MODELS_DIR, i.file), dtype: i.dtype })),
      outputs: m.outputs.map((o) => ({ shape: o.shape.slice(1), path: join(MODELS_DIR, o.file) })),
    })));
}

export const readF32 = (path: string): Float32Array => {
  const bytes = readFileSync(path);
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
};

/** A fixture input file: raw little-endian float32, or int32 token ids when the manifest says so. */
export const readInput = (input: { path: string; dtype?: string }): Float32Array | Int32Array => {
  if (input.dtype !== 'int32') return readF32(input.path);
  const bytes = readFileSync(input.path);
  return new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
};

const models = new Map<string, Promise<KerasModel>>();

/** The Keras model of a fixture file, read once per process. */
export function loadModel(modelPath: string): Promise<KerasModel> {
  let model = models.get(modelPath);
  if (!model) {
    model = readKerasModel(new Uint8Array(readFileSync(modelPath)), modelPath.split('/').pop()!);
    models.set(modelPath, model);
  }
  return model;
}

/** Read every case's model, `parallel` at a time (each .h5 read runs in its own worker thread). */
export async function preload(cases: FixtureCase[], parallel = 2): Promise<void> {
  const queue = [...new Set(cases.map((c) => c.modelPath))];
  const lane = async () => {
    for (let path = queue.shift(); path; path = queue.shift()) await loadModel(path);
  };
  await Promise.all(Array.from({ length: parallel }, lane));
}

/** Worst error over all samples and outputs: absolute, or relative to max(1, |reference|) when `relative`. */
export function worstError(interpreter: Interpreter, graph: Graph, c: FixtureCase, relative: boolean): number {
  const inputs = c.inputs.map(readInput);
  const refs = c.outputs.map((o) => readF32(o.path));
  let worst = 0;
  for (let s = 0; s < c.samples; s++) {
    const outs = interpreter.run(inputs.map((x, i) => sampleOf(x, c.inputs[i]!.shape, s)));
    graph.outputs.forEach((io, j) => {
      const got = outs[interpreter.outputs.findIndex((d) => d.name === io.name)] as Float32Array;
      const ref = sampleOf(refs[j]!, c.outputs[j]!.shape, s);
      if (!got || got.length !== ref.length) throw new Error(`${c.label}: output ${io.name} has ${got?.length} values, Keras ${ref.length}`);
      for (let k = 0; k < ref.length; k++) {
        const err = Math.abs(got[k]! - ref[k]!) / (relative ? Math.max(1, Math.abs(ref[k]!)) : 1);
        worst = Math.max(worst, Number.isNaN(err) ? Infinity : err);
      }
    });
  }
  return worst;
}

function sampleOf<T extends Float32Array | Int32Array>(data: T, shape: number[], s: number): T {
  const size = shape.reduce((a, b) => a * b, 1);
  return data.subarray(s * size, (s + 1) * size) as T;
}

export interface CaseResult {
  error: number;
  bytes: Uint8Array;
  graph: Graph;
}

/** Convert (float32, or float16 weights), write, run in LiteRT.js and compare with Keras. */
export async function runCase(c: FixtureCase, float16 = false, options: Partial<ConvertOptions> = {}): Promise<CaseResult> {
  const converted = convertKerasModel(await loadModel(c.modelPath), { sequenceLength: c.sequenceLength, ...options });
  const graph = float16 ? toFloat16(converted) : converted;
  const bytes = writeTflite(graph);
  const interpreter = await loadInterpreter(bytes, { file: c.label });
  try {
    return { error: worstError(interpreter, graph, c, c.long), bytes, graph };
  } finally {
    interpreter.dispose();
  }
}
