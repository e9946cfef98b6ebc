/**
 * Constants computed at conversion time, in ONNX (row-major) order: broadcasting arithmetic, transpose,
 * slice, gather and concat on OnnxConst values. Used for weights (layout permutations) and to fold the
 * Shape arithmetic exporters emit once every shape is pinned.
 */
import { broadcastShape, permuteData, prod, stridesOf } from '../../convert/ops.js';
import { isFloatType, type OnnxConst, type OnnxDType } from '../types.js';

export { broadcastShape, prod };

/** Values computed at conversion time are bounded (a corrupt shape must not exhaust memory). */
const MAX_ELEMENTS = 1 << 26;

export function checkedSize(dims: number[]): number {
  const n = prod(dims);
  if (!dims.every((d) => Number.isSafeInteger(d) && d >= 0) || n > MAX_ELEMENTS) throw new RangeError(`a constant of shape [${dims.join(', ')}] cannot be computed (at most ${MAX_ELEMENTS} non-negative-sized elements)`);
  return n;
}

export function makeConst(dims: number[], dtype: OnnxDType, values: ArrayLike<number>): OnnxConst {
  checkedSize(dims);
  return { dims, dtype, data: isFloatType(dtype) ? Float32Array.from(values) : Float64Array.from(values) };
}

/** The flat index into a tensor of `dims` for each element of a tensor of `outDims` it broadcasts to. */
function broadcastIndex(dims: number[], outDims: number[]): (flat: number) => number {
  const rank = outDims.length;
  const padded = [...Array(rank - dims.length).fill(1), ...dims] as number[];
  const inStrides = stridesOf(padded);
  const outStrides = stridesOf(outDims);
  return (flat) => {
    let src = 0;
    for (let d = 0; d < rank; d++) {
      const i = Math.floor(flat / outStrides[d]!) % outDims[d]!;
      if (padded[d] !== 1) src += i * inStrides[d]!;
    }
    return src;
  };
}

export function broadcastTo(c: OnnxConst, dims: number[]): OnnxConst {
  if (c.dims.length === dims.length && c.dims.every((d, i) => d === dims[i])) return c;
  const n = checkedSize(dims);
  const index = broadcastIndex(c.dims, dims);
  const out = isFloatType(c.dtype) ? new Float32Array(n) : new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = c.data[index(i)]!;
  return { dims, dtype: c.dtype, data: out };
}

/** Elementwise f over broadcast operands; the result has `dtype` (default: the first operand's). */
export function elementwise(args: OnnxConst[], f: (...xs: number[]) => number, dtype?: OnnxDType): OnnxConst {
  const dims = args.map((a) => a.dims).reduce((a, b) => broadcastShape(a, b));
  const n = checkedSize(dims);
  const full = args.map((a) => broadcastTo(a, dims).data);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = f(...full.map((d) => d[i]!));
  return makeConst(dims, dtype ?? args[0]!.dtype, values);
}

/** Float64 data (integer constants, small) permuted index by index; float32 through the converter's permuteData. */
function permute64(data: Float64Array, dims: number[], perm: number[]): Float64Array {
  const outDims = perm.map((p) => dims[p]!);
  const inStrides = stridesOf(dims);
  const outStrides = stridesOf(outDims);
  const out = new Float64Array(data.length);
  for (let i = 0; i < out.length; i++) {
    let src = 0;
    for (let d = 0; d < perm.length; d++) src += (Math.floor(i / outStrides[d]!) % outDims[d]!) * inStrides[perm[d]!]!;
    out[i] = data[src]!;
  }
  return out;
}

export function transposeConst(c: OnnxConst, perm: number[]): OnnxConst {
  const data = c.data instanceof Float32Array ? permuteData(c.data, c.dims, perm) : permute64(c.data, c.dims, perm);
  return { dims: perm.map((p) => c.dims[p]!), dtype: c.dtype, data };
}

export function reshapeConst(c: OnnxConst, dims: number[]): OnnxConst {
  return { dims, dtype: c.dtype, data: c.data };
}

/** Values at the given multi-indices, by a per-axis list of source indices (for slice and gather). */
function pick(c: OnnxConst, perAxis: number[][]): OnnxConst {
  const dims = perAxis.map((l) => l.length);
  const strides = stridesOf(c.dims);
  const n = checkedSize(dims);
  const out = isFloatType(c.dtype) ? new Float32Array(n) : new Float64Array(n);
  const outStrides = stridesOf(dims);
  for (let i = 0; i < n; i++) {
    let src = 0;
    for (let d = 0; d < dims.length; d++) src += perAxis[d]![Math.floor(i / outStrides[d]!) % dims[d]!]! * strides[d]!;
    out[i] = c.data[src]!;
  }
  return { dims, dtype: c.dtype, data: out };
}

export interface SliceSpec { begin: number[]; end: number[]; step: number[] }

/** ONNX Slice semantics (clamping, negative indices and steps) resolved to per-axis begin/end/step. */
export function resolveSlice(dims: number[], starts: number[], ends: number[], axes: number[], steps: number[]): SliceSpec {
  const spec: SliceSpec = { begin: dims.map(() => 0), end: [...dims], step: dims.map(() => 1) };
  axes.forEach((a0, k) => {
    const a = a0 < 0 ? a0 + dims.length : a0;
    const size = dims[a]!;
    const step = steps[k] ?? 1;
    const norm = (v: number) => (v < 0 ? v + size : v);
    const clampHi = step > 0 ? size : size - 1;
    const clampLo = step > 0 ? 0 : -1;
    spec.begin[a] = Math.min(Math.max(norm(starts[k]!), 0), clampHi);
    spec.end[a] = Math.min(Math.max(norm(ends[k]!), clampLo), step > 0 ? size : size - 1);
    spec.step[a] = step;
  });
  return spec;
}

export function sliceLength(begin: number, end: number, step: number): number {
  return Math.max(0, Math.ceil((end - begin) / step));
}

export function sliceConst(c: OnnxConst, s: SliceSpec): OnnxConst {
  return pick(c, c.dims.map((_, a) => Array.from({ length: sliceLength(s.begin[a]!, s.end[a]!, s.step[a]!) }, (_v, i) => s.begin[a]! + i * s.step[a]!)));
}

/** Gather along `axis` with a 0-d or 1-d index list (negative indices count from the end). */
export function gatherConst(c: OnnxConst, indices: OnnxConst, axis: number): OnnxConst {
  const size = c.dims[axis]!;
  const list = Array.from(indices.data, (i) => (i < 0 ? i + size : i));
  const picked = pick(c, c.dims.map((d, a) => (a === axis ? list : [...Array(d).keys()])));
  const dims = [...c.dims.slice(0, axis), ...indices.dims, ...c.dims.slice(axis + 1)];
  return { ...picked, dims };
}

export function concatConst(cs: OnnxConst[], axis: number): OnnxConst {
  const dims = [...cs[0]!.dims];
  dims[axis] = cs.reduce((s, c) => s + c.dims[axis]!, 0);
  checkedSize(dims);
  const outer = prod(dims.slice(0, axis));
  const values: number[] = [];
  for (let o = 0; o < outer; o++) {
    for (const c of cs) {
      const block = prod(c.dims.slice(axis));
      for (let i = 0; i < block; i++) values.push(c.data[o * block + i]!);
    }
  }
  return makeConst(dims, cs[0]!.dtype, values);
}
