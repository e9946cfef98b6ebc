import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The fixtures manifest (fixtures/scripts/make_models.py) as the converter tests read it. */
export const FIXTURES = join(process.cwd(), 'fixtures');
export const MODELS = join(FIXTURES, 'models');

export interface IoSpec { name: string; dtype: string; shape: number[]; file: string }
export interface ReferenceVariant { file?: string; bytes?: number; ops?: Record<string, number>; error?: string }
export interface FixtureEntry {
  name: string;
  family: string;
  h5?: string;
  keras?: string;
  inputs?: IoSpec[];
  outputs?: IoSpec[];
  sequenceLength?: number;
  reference?: { tflite?: ReferenceVariant; tflite16?: ReferenceVariant };
  expectError?: { kind: string; reason: string; mentions: string[]; files: string[] };
}

export function loadManifest(): FixtureEntry[] {
  const doc = JSON.parse(readFileSync(join(FIXTURES, 'manifest.json'), 'utf8')) as { models: FixtureEntry[] };
  return doc.models;
}

export function readRaw(file: string, dtype: string): Float32Array | Int32Array {
  const bytes = readFileSync(join(MODELS, file));
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
