import type { OnnxConst, OnnxNode } from '../types.js';
import type { OnnxContext } from './context.js';

/** Options of one ONNX conversion, from the CLI flags or the action config. */
export interface OnnxConvertOptions {
  /** Size given to the batch (first) dimension of inputs when it is dynamic (default 1). */
  batchSize: number;
  /** Size given to the other dynamic dimensions of inputs (sequence length). */
  sequenceLength?: number;
  /** Keep rank-4 inputs and outputs in NHWC instead of the model's NCHW (default false). */
  nhwcInterface?: boolean;
}

/**
 * One ONNX operator family. `check` runs on every node before any conversion, so every unsupported operator
 * and attribute of a model is reported together; `fold` computes the outputs when every input is a constant
 * (Shape arithmetic); `emit` adds graph ops and defines the node's outputs in the context.
 */
export interface OnnxHandler {
  ops: string[];
  check?(node: OnnxNode, opset: number): string | undefined;
  fold?(ctx: OnnxContext): OnnxConst[] | undefined;
  emit(ctx: OnnxContext): void;
}
