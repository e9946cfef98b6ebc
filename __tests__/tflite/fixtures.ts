import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reference .tflite files written by the TF 2.21 converter (fixtures/scripts/tflite_fixtures.py) and their manifest. */
export const TFLITE_DIR = join(process.cwd(), 'fixtures', 'tflite');

export interface RefTensor { name: string; shape: number[]; values: number[] }
export interface RefFile {
  size: number;
  ops: Record<string, number>;
  opVersions: Record<string, number>;
  tensorDtypes: Record<string, number>;
  tensors: [string, number[], string][];
  subgraphs: number;
  inputs: RefTensor[];
  outputs: RefTensor[];
}

export const manifest = JSON.parse(readFileSync(join(TFLITE_DIR, 'manifest.json'), 'utf8')) as { files: Record<string, RefFile> };

export function fixtureBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(TFLITE_DIR, file)));
}

/** Single-subgraph reference models (the LSTM fixture uses a WHILE loop with several subgraphs). */
export const SINGLE_SUBGRAPH = ['dense', 'conv', 'multi', 'misc'];

export function histogram(items: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of [...items].sort()) out[item] = (out[item] ?? 0) + 1;
  return out;
}
