/**
 * --reference for ONNX models: the original .onnx run by onnxruntime (onnxruntime-node when installed, else
 * onnxruntime-web; neither is a dependency of tflite-gate: `npm install onnxruntime-web` to enable it), one
 * sample at a time on the dataset. Without it, or for weights in external files, a note says why it did not run.
 */
import type { Dataset } from '../data/types.js';
import type { OutputBlock } from '../runtime/predict.js';

/** The parts of the onnxruntime API used here (both packages share onnxruntime-common's API). */
interface Ort {
  env: { versions?: { common?: string }; wasm?: { numThreads?: number } };
  Tensor: new (type: string, data: Float32Array | BigInt64Array | Int32Array, dims: number[]) => unknown;
  InferenceSession: { create(model: Uint8Array, options?: object): Promise<OrtSession> };
}
interface OrtSession {
  inputNames: readonly string[];
  outputNames: readonly string[];
  inputMetadata?: readonly { isTensor: boolean; type?: string }[];
  run(feeds: Record<string, unknown>): Promise<Record<string, { data: ArrayLike<number | bigint> }>>;
  release(): Promise<void>;
}

const PACKAGES = ['onnxruntime-node', 'onnxruntime-web'];

async function loadOrt(packages: readonly string[]): Promise<{ ort: Ort; name: string } | undefined> {
  for (const name of packages) {
    try {
      const module = (await import(/* @vite-ignore */ name)) as Ort & { default?: Ort };
      const ort = module.InferenceSession ? module : module.default!;
      if (ort.env.wasm) ort.env.wasm.numThreads = 1;
      return { ort, name };
    } catch {
      // not installed (or its native part is missing): try the next one
    }
  }
  return undefined;
}

export interface OnnxSourceRun {
  outputs: OutputBlock[];
  backend: string;
}

function feed(ort: Ort, type: string | undefined, data: ArrayLike<number>, dims: number[]): unknown {
  if (type === 'int64') return new ort.Tensor('int64', BigInt64Array.from(Array.from(data, (v) => BigInt(Math.trunc(v)))), dims);
  if (type === 'int32') return new ort.Tensor('int32', Int32Array.from(data), dims);
  return new ort.Tensor('float32', Float32Array.from(data), dims);
}

/** The source model's outputs on every sample, or a reason it could not run. */
export async function runOnnxSource(bytes: Uint8Array, dataset: Dataset, like?: readonly OutputBlock[], packages: readonly string[] = PACKAGES): Promise<OnnxSourceRun | string> {
  const loaded = await loadOrt(packages);
  if (!loaded) return 'onnxruntime is not installed (`npm install onnxruntime-web` enables the ONNX reference)';
  const { ort, name } = loaded;
  let session: OrtSession;
  try {
    session = await ort.InferenceSession.create(bytes, { executionProviders: [name === 'onnxruntime-web' ? 'wasm' : 'cpu'] });
  } catch (error) {
    return `onnxruntime cannot load the model (${(error as Error).message.split('\n')[0]}); weights in external files are not passed to it`;
  }
  try {
    const blocks: number[][] = session.outputNames.map(() => []);
    for (let s = 0; s < dataset.count; s++) {
      const feeds = Object.fromEntries(dataset.inputs.map((input, i) => {
        const size = input.data.length / dataset.count;
        return [session.inputNames[i]!, feed(ort, session.inputMetadata?.[i]?.type, input.data.subarray(s * size, (s + 1) * size) as ArrayLike<number>, [1, ...input.shape.slice(1)])];
      }));
      const result = await session.run(feeds);
      session.outputNames.forEach((n, o) => blocks[o]!.push(...Array.from(result[n]!.data, Number)));
    }
    const outputs = blocks.map((values, o) => {
      const data = Float32Array.from(values);
      return { name: like?.[o]?.name ?? session.outputNames[o]!, shape: like?.[o]?.shape ?? [1, data.length / dataset.count], sampleSize: data.length / dataset.count, data };
    });
    return { outputs, backend: `${name} ${ort.env.versions?.common ?? ''}`.trim() };
  } finally {
    await session.release();
  }
}
