/**
 * The ONNX model as the converter reads it: plain data decoded from the protobuf (src/onnx/read.ts), with
 * int64 fields as numbers and every tensor's values in a typed array, in ONNX (row-major, NCHW) order.
 */
export type OnnxDType =
  | 'float32' | 'float16' | 'bfloat16' | 'float64'
  | 'int8' | 'uint8' | 'int16' | 'uint16' | 'int32' | 'uint32' | 'int64' | 'uint64'
  | 'bool' | 'string';

/**
 * A constant: initializer, Constant node value, tensor attribute, or a value the converter computed ahead
 * of time (Shape arithmetic). Floating types hold a Float32Array, every other type a Float64Array (int64
 * values beyond 2^53 lose precision, which only matters for INT64_MAX-style "to the end" markers).
 */
export interface OnnxConst {
  dims: number[];
  dtype: OnnxDType;
  data: Float32Array | Float64Array;
}

export type AttrValue = number | string | number[] | string[] | OnnxConst;

export interface OnnxNode {
  /** The node's name, or "<op_type> #<index>" when the file gives none. */
  name: string;
  opType: string;
  domain: string;
  /** Input value names; "" for an omitted optional input. */
  inputs: string[];
  outputs: string[];
  attrs: Record<string, AttrValue>;
}

export interface OnnxIO {
  name: string;
  dtype: OnnxDType;
  /** Fixed sizes, or the symbolic name (dim_param, "?" when neither is given) of a dynamic dimension. */
  dims: (number | string)[];
}

export interface OnnxModel {
  irVersion: number;
  /** Version of the default (ai.onnx) operator set. */
  opset: number;
  producer: string;
  inputs: OnnxIO[];
  outputs: OnnxIO[];
  initializers: Map<string, OnnxConst>;
  nodes: OnnxNode[];
}

export const isFloatType = (t: OnnxDType): boolean => t === 'float32' || t === 'float16' || t === 'bfloat16' || t === 'float64';
