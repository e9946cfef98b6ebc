/** TFLite element types as LiteRT reports them, the typed arrays that hold them, and integer I/O quantization. */
import { readTfliteModel } from '../tflite/reader.js';
import { halfToFloat } from '../util/half.js';

export { halfToFloat };

export type TensorDtype = 'float32' | 'int32' | 'uint8' | 'int64' | 'bool' | 'int16' | 'int8' | 'float16' | 'float64';

export type TensorData =
  | Float32Array
  | Int32Array
  | Uint8Array
  | BigInt64Array
  | Int16Array
  | Int8Array
  | Uint16Array
  | Float64Array;

type TypedArrayConstructor = {
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): TensorData;
  new (length: number): TensorData;
  readonly BYTES_PER_ELEMENT: number;
};

export interface DtypeInfo {
  dtype: TensorDtype;
  /** LiteRtElementType value. */
  elementType: number;
  bytes: number;
  /** float16 is kept as raw Uint16 bits. */
  array: TypedArrayConstructor;
}

/** LiteRtElementType value -> dtype (values from LiteRT.js's ElementType table). */
const ELEMENT_TYPES: Record<number, DtypeInfo> = {
  1: { dtype: 'float32', elementType: 1, bytes: 4, array: Float32Array },
  2: { dtype: 'int32', elementType: 2, bytes: 4, array: Int32Array },
  3: { dtype: 'uint8', elementType: 3, bytes: 1, array: Uint8Array },
  4: { dtype: 'int64', elementType: 4, bytes: 8, array: BigInt64Array },
  6: { dtype: 'bool', elementType: 6, bytes: 1, array: Uint8Array },
  7: { dtype: 'int16', elementType: 7, bytes: 2, array: Int16Array },
  9: { dtype: 'int8', elementType: 9, bytes: 1, array: Int8Array },
  10: { dtype: 'float16', elementType: 10, bytes: 2, array: Uint16Array },
  11: { dtype: 'float64', elementType: 11, bytes: 8, array: Float64Array },
};

export function dtypeForElementType(value: number): DtypeInfo | undefined {
  return ELEMENT_TYPES[value];
}

/** Copy `count` elements of `src` from `srcOffset` into `dst` at `dstOffset`, converting numbers as needed. */
export function copyElements(src: ArrayBufferView, srcOffset: number, dst: TensorData, dstOffset: number, count: number): void {
  const source = src as unknown as ArrayLike<number | bigint>;
  if (srcOffset + count > source.length || dstOffset + count > dst.length) {
    throw new RangeError(`copy of ${count} elements out of range (source ${source.length} from ${srcOffset}, target ${dst.length} from ${dstOffset})`);
  }
  const sameKind = (src as TensorData).constructor === dst.constructor;
  if (sameKind) {
    (dst as unknown as { set(a: ArrayLike<unknown>, o: number): void }).set(
      (src as TensorData).subarray(srcOffset, srcOffset + count),
      dstOffset,
    );
    return;
  }
  const toBig = dst instanceof BigInt64Array;
  const target = dst as unknown as { [i: number]: number | bigint };
  for (let i = 0; i < count; i++) {
    const value = source[srcOffset + i];
    target[dstOffset + i] = toBig ? BigInt(Math.trunc(Number(value))) : Number(value);
  }
}


/** Per-tensor affine quantization of an integer model input/output: real = scale · (q − zeroPoint). */
export interface TensorQuantization {
  scale: number;
  zeroPoint: number;
}

const QUANTIZED_DTYPES: ReadonlySet<TensorDtype> = new Set(['int8', 'uint8', 'int16']);

/** The quantization of an integer tensor, when it has exactly one scale ≠ 0 (per-tensor); else undefined. */
export function ioQuantization(dtype: TensorDtype, q: { scale: number[]; zeroPoint: number[] } | undefined): TensorQuantization | undefined {
  const scale = q?.scale.length === 1 ? q.scale[0]! : 0;
  if (!q || !QUANTIZED_DTYPES.has(dtype) || scale === 0 || !Number.isFinite(scale)) return undefined;
  return { scale, zeroPoint: Number(q.zeroPoint[0] ?? 0) };
}

/** In place: integer values (held as float32) → scale · (q − zeroPoint). */
export function dequantizeInPlace(values: Float32Array, q: TensorQuantization): void {
  for (let i = 0; i < values.length; i++) values[i] = q.scale * (values[i]! - q.zeroPoint);
}

export interface ModelIOQuantization {
  /** Signature names (as LiteRT names inputs/outputs) in subgraph order, and each one's quantization. */
  inputs: { names: string[]; quantization: (TensorQuantization | undefined)[] };
  outputs: { names: string[]; quantization: (TensorQuantization | undefined)[] };
}

/** The quantization of a .tflite model's integer inputs and outputs, read from the file (none when unreadable). */
export function modelIOQuantization(bytes: Uint8Array): ModelIOQuantization {
  const found: ModelIOQuantization = { inputs: { names: [], quantization: [] }, outputs: { names: [], quantization: [] } };
  try {
    const { graph } = readTfliteModel(bytes, undefined, { mainSubgraphOnly: true });
    for (const [list, side] of [[graph.inputs, found.inputs], [graph.outputs, found.outputs]] as const) {
      for (const io of list) {
        const tensor = graph.tensors[io.tensor];
        side.names.push(io.name);
        side.quantization.push(tensor ? ioQuantization(tensor.dtype as TensorDtype, tensor.quantization) : undefined);
      }
    }
  } catch {
    // a file our reader does not cover runs unquantized (LiteRT judges it)
  }
  return found;
}

/** The quantization of I/O number `index` named `name`: found by name, else by position. */
export function quantizationFor(side: ModelIOQuantization['inputs'], name: string, index: number): TensorQuantization | undefined {
  const at = side.names.indexOf(name);
  return side.quantization[at >= 0 ? at : index];
}
