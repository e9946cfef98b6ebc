/**
 * A TFLite interpreter on LiteRT.js: load bytes, read input/output details, run. Runs go straight to
 * LiteRT's compiled model with input buffers made once at load time, so a call costs a copy in, the
 * kernels, and a copy out (no Tensor objects, no promises). A -1 batch dimension runs as batch 1.
 * A run after which LiteRT reports an error throws a GateError (LiteRT itself may only log it and hand
 * back output buffers it never wrote); outputs whose shape is computed at run time are handled at load
 * (dynamic-outputs.ts).
 */
import { GateError } from '../errors.js';
import { liteRtRuntime, type LiteRtRuntime } from './litert-node.js';
import type { LiteRtCompiledModel, LiteRtModel, LiteRtRankedTensorType, LiteRtTensorBuffer } from './litert-types.js';
import { dynamicOutputError, refused, runFailed, runnableBytes } from './run-checks.js';
import { copyElements, dtypeForElementType, modelIOQuantization, quantizationFor, type DtypeInfo, type TensorData, type TensorDtype, type TensorQuantization } from './tensor-types.js';

export interface TensorDetails {
  name: string;
  index: number;
  /** As run: a dynamic (-1) batch is reported as 1. */
  shape: number[];
  dtype: TensorDtype;
  /** Elements per run. */
  size: number;
  /** An integer tensor's per-tensor quantization (scale ≠ 0) as the model file records it: real = scale · (q − zeroPoint). */
  quantization?: TensorQuantization;
}

export interface Interpreter {
  readonly inputs: readonly TensorDetails[];
  readonly outputs: readonly TensorDetails[];
  /** e.g. "LiteRT.js 2.5.3 (wasm, relaxed-simd)". */
  readonly runtime: string;
  /** Copy one run's worth of input `index` from `data`, starting at element `elementOffset`. */
  setInput(index: number, data: ArrayBufferView, elementOffset?: number): void;
  invoke(): void;
  /** Copy output `index` of the last invoke into `dst` at `elementOffset` (a new array when omitted). */
  readOutput(index: number, dst?: TensorData, elementOffset?: number): TensorData;
  /** `use` on output `index` of the last invoke in place (no copy); the view is valid only during the call. */
  withOutput<T>(index: number, use: (view: TensorData) => T): T;
  /** setInput for each input, invoke, and fresh copies of every output. */
  run(inputs: ArrayBufferView[]): TensorData[];
  dispose(): void;
}

export interface LoadOptions {
  /** The model file as the user named it, for error messages. */
  file?: string;
}

/** Load and compile a .tflite model for the CPU (XNNPACK), single-threaded. */
export async function loadInterpreter(bytes: Uint8Array, options: LoadOptions = {}): Promise<Interpreter> {
  const rt = await liteRtRuntime();
  const file = options.file ?? 'model bytes';
  const { wasm } = rt;
  const runnable = runnableBytes(bytes, file);
  bytes = runnable.bytes;
  const env = rt.liteRt.getDefaultEnvironment();
  const pointer = wasm._malloc(bytes.byteLength);
  wasm.HEAPU8.set(bytes, pointer);
  let model: LiteRtModel | undefined;
  let compiled: LiteRtCompiledModel | undefined;
  let interpreter: LiteRtInterpreter;
  try {
    model = wasm.loadModel(env.liteRtEnvironment, pointer, bytes.byteLength);
    const compileOptions = { environment: env, accelerator: 'wasm', cpuOptions: { numThreads: 1 }, gpuOptions: {}, webNNOptions: {} };
    compiled = await wasm.compileModel(env.liteRtEnvironment, model, compileOptions);
    interpreter = new LiteRtInterpreter(rt, model, compiled, () => wasm._free(pointer), file);
  } catch (error) {
    compiled?.delete();
    model?.delete();
    wasm._free(pointer);
    if (error instanceof GateError) throw error;
    throw refused(file, error, rt);
  }
  if (runnable.check.length > 0) interpreter.checkOutputsWritten(runnable.check);
  addQuantization(interpreter, bytes);
  return interpreter;
}

/** Quantization parameters of integer inputs/outputs, from the file (LiteRT.js's tensor types do not carry them). */
function addQuantization(interpreter: Interpreter, bytes: Uint8Array): void {
  if (![...interpreter.inputs, ...interpreter.outputs].some((d) => d.dtype !== 'float32' && d.dtype !== 'float16')) return;
  const found = modelIOQuantization(bytes);
  const add = (list: readonly TensorDetails[], side: typeof found.inputs) => list.forEach((d, i) => {
    const q = quantizationFor(side, d.name, i);
    if (q) d.quantization = q;
  });
  add(interpreter.inputs, found.inputs);
  add(interpreter.outputs, found.outputs);
}

interface Port {
  details: TensorDetails;
  info: DtypeInfo;
}

class LiteRtInterpreter implements Interpreter {
  readonly inputs: TensorDetails[];
  readonly outputs: TensorDetails[];
  readonly runtime: string;
  private readonly inPorts: Port[];
  private readonly outPorts: Port[];
  private readonly inBuffers: LiteRtTensorBuffer[];
  private lastOutputs: LiteRtTensorBuffer[] = [];
  private disposed = false;

  constructor(
    private readonly rt: LiteRtRuntime,
    private readonly model: LiteRtModel,
    private readonly compiled: LiteRtCompiledModel,
    private readonly freeBytes: () => void,
    private readonly file: string,
  ) {
    this.runtime = rt.description;
    const signature = model.getSignature(0);
    try {
      const inNames = vectorToArray(signature.inputNames());
      const outNames = vectorToArray(signature.outputNames());
      this.inPorts = inNames.map((name, i) => this.port(name, i, model.getInputTensorType(0, i)));
      this.outPorts = outNames.map((name, i) => this.port(name, i, model.getOutputTensorType(0, i)));
    } finally {
      signature.delete();
    }
    this.inputs = this.inPorts.map((port) => port.details);
    this.outputs = this.outPorts.map((port) => port.details);
    this.inBuffers = this.inPorts.map((port) => this.makeBuffer(port));
  }

  private port(name: string, index: number, type: LiteRtRankedTensorType): Port {
    try {
      const info = dtypeForElementType(type.elementType().value);
      const layout = type.layout();
      const dims = vectorToArray(layout.dimensions());
      layout.delete();
      if (!info) throw new GateError('runtime', `tensor "${name}" has an element type LiteRT.js cannot exchange (${type.elementType().value})`, { file: this.file, where: name });
      const shape = dims.map((d, axis) => (d < 0 && axis === 0 ? 1 : d));
      if (shape.some((d) => d < 0)) {
        throw new GateError('runtime', `tensor "${name}" has a dynamic dimension other than the batch: [${dims.join(', ')}]`, { file: this.file, where: name }, 'Export the model with fixed input sizes (only the batch may be -1).');
      }
      const size = shape.reduce((a, b) => a * b, 1);
      return { details: { name, index, shape, dtype: info.dtype, size }, info };
    } finally {
      type.delete();
    }
  }

  private makeBuffer(port: Port): LiteRtTensorBuffer {
    const { wasm } = this.rt;
    const dims = new wasm.VectorInt32();
    for (const d of port.details.shape) dims.push_back(d);
    const layout = wasm.LiteRtLayout.create(dims);
    dims.delete();
    const type = wasm.LiteRtRankedTensorType.create({ value: port.info.elementType }, layout);
    layout.delete();
    const env = this.rt.liteRt.getDefaultEnvironment().liteRtEnvironment;
    const buffer = wasm.LiteRtTensorBuffer.createManaged(env, wasm.LiteRtTensorBufferType.HOST_MEMORY, type, port.details.size * port.info.bytes);
    type.delete();
    return buffer;
  }

  setInput(index: number, data: ArrayBufferView, elementOffset = 0): void {
    const port = this.inPorts[index];
    const buffer = this.inBuffers[index];
    if (!port || !buffer) throw new Error(`input ${index} out of range (model has ${this.inPorts.length})`);
    const { size } = port.details;
    const { info } = port;
    const pointer = buffer.lock(this.rt.wasm.LiteRtTensorBufferLockMode.WRITE);
    try {
      const view = new info.array(this.rt.wasm.HEAPU8.buffer, pointer, size);
      copyElements(data, elementOffset, view, 0, size);
    } finally {
      buffer.unlock();
    }
  }

  invoke(): void {
    if (this.disposed) throw new Error('interpreter disposed');
    for (const buffer of this.lastOutputs) buffer.delete();
    this.lastOutputs = [];
    const errors = this.rt.errorCount();
    try {
      this.lastOutputs = this.compiled.run(0, this.inBuffers);
    } catch (error) {
      throw runFailed(this.file, this.rt, this.rt.errorCount() - errors, error);
    }
    // LiteRT may log a failed run instead of throwing, and return buffers it never wrote
    if (this.rt.errorCount() !== errors) throw runFailed(this.file, this.rt, this.rt.errorCount() - errors);
  }

  /**
   * Two runs on zeros, which throw if LiteRT did not write an output. Needed for outputs that may become
   * dynamic: the first run does not report it (its outputs are just never written), the second one does.
   */
  checkOutputsWritten(outputs: string[]): void {
    try {
      for (let run = 0; run < 2; run++) {
        this.inPorts.forEach((port, i) => this.setInput(i, new port.info.array(port.details.size)));
        this.invoke();
      }
    } catch (error) {
      this.dispose();
      throw error instanceof GateError && !error.where ? dynamicOutputError(this.file, outputs, error) : error;
    }
  }

  readOutput(index: number, dst?: TensorData, elementOffset = 0): TensorData {
    return this.withOutput(index, (view) => {
      const target = dst ?? new (view.constructor as new (n: number) => TensorData)(view.length);
      copyElements(view, 0, target, elementOffset, view.length);
      return target;
    });
  }

  withOutput<T>(index: number, use: (view: TensorData) => T): T {
    const port = this.outPorts[index];
    const buffer = this.lastOutputs[index];
    if (!port || !buffer) throw new Error(`output ${index} not available (model has ${this.outPorts.length}; invoke first)`);
    const pointer = buffer.lock(this.rt.wasm.LiteRtTensorBufferLockMode.READ);
    try {
      return use(new port.info.array(this.rt.wasm.HEAPU8.buffer, pointer, port.details.size));
    } finally {
      buffer.unlock();
    }
  }

  run(inputs: ArrayBufferView[]): TensorData[] {
    if (inputs.length !== this.inPorts.length) throw new Error(`run() got ${inputs.length} inputs, the model has ${this.inPorts.length}`);
    inputs.forEach((data, i) => this.setInput(i, data));
    this.invoke();
    return this.outPorts.map((_, i) => this.readOutput(i));
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const buffer of [...this.lastOutputs, ...this.inBuffers]) buffer.delete();
    this.compiled.delete();
    this.model.delete();
    this.freeBytes();
  }
}

function vectorToArray<T>(vector: { size(): number; get(i: number): T; delete(): void }): T[] {
  const out: T[] = [];
  for (let i = 0; i < vector.size(); i++) out.push(vector.get(i));
  vector.delete();
  return out;
}
