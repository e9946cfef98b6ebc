/**
 * Test helpers: onnxruntime-web (dev dependency) as the reference for converted ONNX models, and seeded
 * random inputs. Used by the ONNX tests and scripts/onnx-check.ts.
 */
import * as ort from 'onnxruntime-web';

ort.env.wasm.numThreads = 1;

export interface OrtInput {
  name: string;
  dims: number[];
  /** Float values, or token ids (Int32Array) fed to onnxruntime as int64. */
  data: Float32Array | Int32Array;
}

const ortTensor = (i: OrtInput) =>
  i.data instanceof Int32Array ? new ort.Tensor('int64', BigInt64Array.from(i.data, (v) => BigInt(v)), i.dims) : new ort.Tensor('float32', i.data, i.dims);

/** onnxruntime's outputs, in graph output order, for one batch of inputs. */
export async function runOrt(model: Uint8Array, inputs: OrtInput[]): Promise<Float32Array[]> {
  const session = await ort.InferenceSession.create(model, { executionProviders: ['wasm'] });
  try {
    const feeds = Object.fromEntries(inputs.map((i) => [i.name, ortTensor(i)]));
    const result = await session.run(feeds);
    return session.outputNames.map((n) => Float32Array.from(result[n]!.data as Float32Array));
  } finally {
    await session.release();
  }
}

/** Deterministic normal-ish values in [-2, 2] (sum of uniforms), seeded. */
export function randomInput(count: number, seed: number): Float32Array {
  let s = seed >>> 0 || 1;
  const next = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  return Float32Array.from({ length: count }, () => (next() + next() + next() + next() - 2));
}

/** Max |a - b| / max(1, max |b|): relative to the reference's scale. */
export function relativeError(a: Float32Array, b: Float32Array): number {
  let diff = 0;
  let scale = 1;
  for (let i = 0; i < b.length; i++) {
    diff = Math.max(diff, Math.abs(a[i]! - b[i]!));
    scale = Math.max(scale, Math.abs(b[i]!));
  }
  return a.length === b.length ? diff / scale : Infinity;
}
