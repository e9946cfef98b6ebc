/**
 * The slice of LiteRT.js's embind API (its `liteRtWasm` module) the interpreter calls directly, to run
 * a compiled model without the per-call allocations of the high-level Tensor API.
 */
export interface EmbindObject {
  delete(): void;
}

export interface LiteRtLayout extends EmbindObject {
  dimensions(): EmbindVector<number>;
}

export interface EmbindVector<T> extends EmbindObject {
  size(): number;
  get(index: number): T;
}

export interface LiteRtRankedTensorType extends EmbindObject {
  elementType(): { value: number };
  layout(): LiteRtLayout;
  bytes(): number;
}

export interface LiteRtTensorBuffer extends EmbindObject {
  lock(mode: unknown): number;
  unlock(): void;
  size(): number;
  packedSize(): number;
}

export interface LiteRtSimpleSignature extends EmbindObject {
  key(): string;
  inputNames(): EmbindVector<string>;
  outputNames(): EmbindVector<string>;
}

export interface LiteRtModel extends EmbindObject {
  getNumSignatures(): number;
  getSignature(index: number): LiteRtSimpleSignature;
  getInputTensorType(signature: number, index: number): LiteRtRankedTensorType;
  getOutputTensorType(signature: number, index: number): LiteRtRankedTensorType;
}

export interface LiteRtCompiledModel extends EmbindObject {
  /** Synchronous in the non-JSPI builds: runs the model, returns new output buffers (caller deletes them). */
  run(signature: number, inputs: LiteRtTensorBuffer[]): LiteRtTensorBuffer[];
}

export interface LiteRtWasmApi {
  HEAPU8: Uint8Array;
  _malloc(bytes: number): number;
  _free(pointer: number): void;
  loadModel(env: unknown, pointer: number, bytes: number): LiteRtModel;
  /** Resolves (or returns) the compiled model; `options` is LiteRT.js's filled CompileOptions object. */
  compileModel(env: unknown, model: LiteRtModel, options: unknown): LiteRtCompiledModel | Promise<LiteRtCompiledModel>;
  VectorInt32: new () => EmbindVector<number> & { push_back(value: number): void };
  LiteRtLayout: { create(dimensions: EmbindVector<number>): LiteRtLayout };
  LiteRtRankedTensorType: { create(elementType: { value: number }, layout: LiteRtLayout): LiteRtRankedTensorType };
  LiteRtTensorBuffer: {
    createManaged(env: unknown, type: unknown, tensorType: LiteRtRankedTensorType, bytes: number): LiteRtTensorBuffer;
  };
  LiteRtTensorBufferType: { HOST_MEMORY: unknown };
  LiteRtTensorBufferLockMode: { READ: unknown; WRITE: unknown };
}
