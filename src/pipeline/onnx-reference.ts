/**
 * --reference for ONNX models: the original .onnx run by onnxruntime (onnxruntime-node when installed, else
 * onnxruntime-web; neither is a dependency of tflite-gate: `npm install onnxruntime-web` to enable it), one
 * sample at a time on the dataset. Weights in external files are given to onnxruntime-web from memory
 * (session option externalData); onnxruntime-node cannot take them so, and is passed over for such a model.
 * When it cannot run, a note says why.
 */
import type { Dataset } from '../data/types.js';
import type { OutputBlock } from '../runtime/predict.js';
import type { ExternalFiles } from './onnx-external.js';

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

export interface OnnxSourceOptions {
  /** The float32 variant's output blocks: names and shapes for the source's outputs. */
  like?: readonly OutputBlock[];
  /** The model's external data files, by location. */
  externalFiles?: ExternalFiles;
  /** The onnxruntime packages to try, in order (tests name a missing one). */
  packages?: readonly string[];
}

const NOT_INSTALLED = 'onnxruntime is not installed (`npm install onnxruntime-web` enables the ONNX reference)';
const WEB_ONLY = 'onnxruntime-web is not installed, and only it takes weights in external data files from memory (`npm install onnxruntime-web`)';

/** A session on the model, with its external data; or why there is none. */
async function openSession(bytes: Uint8Array, options: OnnxSourceOptions): Promise<{ ort: Ort; name: string; session: OrtSession } | string> {
  const external = options.externalFiles?.size ? [...options.externalFiles].map(([path, data]) => ({ path, data })) : undefined;
  const packages = (options.packages ?? PACKAGES).filter((p) => !external || p !== 'onnxruntime-node');
  const loaded = await loadOrt(packages);
  if (!loaded) return external ? WEB_ONLY : NOT_INSTALLED;
  const { ort, name } = loaded;
  try {
    const session = await ort.InferenceSession.create(bytes, { executionProviders: [name === 'onnxruntime-web' ? 'wasm' : 'cpu'], ...(external ? { externalData: external } : {}) });
    return { ort, name, session };
  } catch (error) {
    return `${name} cannot load the model (${(error as Error).message.split('\n')[0]})`;
  }
}

/** The source model's outputs on every sample, or a reason it could not run. */
export async function runOnnxSource(bytes: Uint8Array, dataset: Dataset, options: OnnxSourceOptions = {}): Promise<OnnxSourceRun | string> {
  const opened = await openSession(bytes, options);
  if (typeof opened === 'string') return opened;
  const { ort, name, session } = opened;
  const like = options.like;
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
