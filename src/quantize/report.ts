/** What a quantization pass did, as plain data for the CLI, the evaluation report and --json. */

export type QuantizeMode = 'dynamic' | 'int8';

export interface WeightNote {
  /** The weight tensor's name. */
  tensor: string;
  /** The op that reads it: "FULLY_CONNECTED (dense_1)". */
  op: string;
  elements: number;
  /** Per-channel axis; absent for per-tensor. */
  axis?: number;
}

export interface FloatOpNote {
  op: string;
  /** Why it stays float: "no int8 kernel", "recurrent layer", ... */
  reason: string;
}

export interface RequantNote {
  /** The tensor that is requantized, and the op that needs it at another scale. */
  tensor: string;
  op: string;
}

export interface QuantizeReport {
  mode: QuantizeMode;
  quantizedWeights: WeightNote[];
  /** Weights of quantizable ops left float (under the size threshold). */
  floatWeights: WeightNote[];
  /** Ops kept float, with DEQUANTIZE/QUANTIZE around them (full int8 only). */
  floatOps: FloatOpNote[];
  /** QUANTIZE ops inserted because a same-scale op's inputs disagree. */
  requantized: RequantNote[];
  /** int8: concatenations/additions whose input ranges differ by more than 100x. */
  rangeWarnings?: string[];
  notes: string[];
}
