import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The fixtures manifest (fixtures/scripts/make_models.py) as the converter tests read it. */
export const FIXTURES = join(process.cwd(), 'fixtures');
export const MODELS = join(FIXTURES, 'models');
/** Fixtures of layers beyond the converter issues' list (fixtures/scripts/specs_extra.py), same schema. */
export const EXTRA = join(FIXTURES, 'extra');
/** Tensor arithmetic stored as layers (Keras 3 op layers, TFOpLambda) and the application blocks using them. */
export const OPS = join(FIXTURES, 'ops');

export interface IoSpec { name: string; dtype: string; shape: number[]; file: string }
export interface ReferenceVariant { file?: string; bytes?: number; ops?: Record<string, number>; error?: string }
export interface FixtureEntry {
  name: string;
  /** The folder holding this fixture's files (set by loadManifest). */
  dir: string;
  family: string;
  h5?: string;
  keras?: string;
  files?: string[];
  layers?: string[];
  activations?: string[];
  inputs?: IoSpec[];
  outputs?: IoSpec[];
  sequenceLength?: number;
  reference?: { tflite?: ReferenceVariant; tflite16?: ReferenceVariant };
  expectError?: { kind: string; reason: string; mentions: string[]; files: string[] };
}

/** fixtures/manifest.json (files in fixtures/models), or with `extra` also fixtures/extra/manifest.json. */
export function loadManifest(options: { extra?: boolean } = {}): FixtureEntry[] {
  const sets = [[join(FIXTURES, 'manifest.json'), MODELS], ...(options.extra ? [[join(EXTRA, 'manifest.json'), EXTRA], [join(OPS, 'manifest.json'), OPS]] : [])];
  return sets.flatMap(([manifest, dir]) => {
    const doc = JSON.parse(readFileSync(manifest!, 'utf8')) as { models: Omit<FixtureEntry, 'dir'>[] };
    return doc.models.map((m) => ({ ...m, dir: dir! }));
  });
}

export function readRaw(file: string, dtype: string, dir = MODELS): Float32Array | Int32Array {
  const bytes = readFileSync(join(dir, file));
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  return dtype === 'int32' ? new Int32Array(buffer) : new Float32Array(buffer);
}

/** Largest error of `got` vs `want`, where each element may be off by `abs` or by `rel` of its magnitude. */
export function worstError(got: ArrayLike<number>, want: ArrayLike<number>, abs: number, rel: number): { maxAbs: number; ok: boolean } {
  let maxAbs = 0;
  let ok = got.length === want.length;
  for (let i = 0; i < want.length; i++) {
    const d = Math.abs(Number(got[i]) - Number(want[i]));
    if (!(d <= maxAbs)) maxAbs = d;
    if (!(d <= abs || d <= rel * Math.abs(Number(want[i])))) ok = false;
  }
  return { maxAbs, ok };
}

export function histogram(ops: { type: string }[]): Record<string, number> {
  const h: Record<string, number> = {};
  for (const op of ops) h[op.type] = (h[op.type] ?? 0) + 1;
  return h;
}

export const total = (h: Record<string, number>): number => Object.values(h).reduce((a, b) => a + b, 0);
