import { cfg, channelsFirst, str, tuple } from './args.js';
import { constF, constI, emitOp, expandDims, reshape, shapeOf } from './ops.js';
import type { LayerHandler } from './types.js';
import type { KerasLayer } from '../keras/types.js';

/** ZeroPadding1D/2D (PAD), Cropping1D/2D (STRIDED_SLICE), UpSampling1D/2D (RESIZE_* or TILE), Embedding (GATHER). */

/** ((top, bottom), (left, right)) in every spelling: int, [a, b] symmetric pairs, [[t, b], [l, r]]. */
export function pairs(layer: KerasLayer, key: string, rank: number, fallback: number): [number, number][] {
  const value = cfg(layer, key);
  if (typeof value === 'number') return Array.from({ length: rank }, () => [value, value]);
  if (Array.isArray(value)) {
    if (rank === 1 && value.length === 2 && value.every((v) => typeof v === 'number')) return [[value[0], value[1]]];
    return (value as unknown[]).map((v) => (typeof v === 'number' ? [v, v] : [(v as number[])[0]!, (v as number[])[1]!]));
  }
  return Array.from({ length: rank }, () => [fallback, fallback]);
}

const checkLayout = (layer: KerasLayer) => (channelsFirst(layer) ? 'data_format "channels_first" is not supported' : undefined);

const zeroPadding: LayerHandler = {
  classNames: ['ZeroPadding1D', 'ZeroPadding2D'],
  check: checkLayout,
  emit: (ctx) => {
    const x = ctx.inputs[0]!;
    const s = shapeOf(ctx, x);
    const p = pairs(ctx.layer, 'padding', s.length - 2, 1);
    const all: [number, number][] = [[0, 0], ...p, [0, 0]];
    const outShape = s.map((d, i) => d + all[i]![0] + all[i]![1]);
    return [emitOp(ctx, 'PAD', [x, constI(ctx, 'Pad/paddings', all.flat(), [s.length, 2])], outShape, 'Pad')];
  },
};

const cropping: LayerHandler = {
  classNames: ['Cropping1D', 'Cropping2D'],
  check: checkLayout,
  emit: (ctx) => {
    const x = ctx.inputs[0]!;
    const s = shapeOf(ctx, x);
    const c = pairs(ctx.layer, 'cropping', s.length - 2, 0);
    const all: [number, number][] = [[0, 0], ...c, [0, 0]];
    const begin = all.map(([b]) => b);
    const end = s.map((d, i) => d - all[i]![1]);
    const outShape = s.map((d, i) => end[i]! - begin[i]!);
    const inputs = [x, constI(ctx, 'strided_slice/stack', begin), constI(ctx, 'strided_slice/stack_1', end), constI(ctx, 'strided_slice/stack_2', s.map(() => 1))];
    return [emitOp(ctx, 'STRIDED_SLICE', inputs, outShape, 'strided_slice', { begin_mask: 1, end_mask: 1 })];
  },
};

const upSampling2d: LayerHandler = {
  classNames: ['UpSampling2D'],
  check: (layer) => checkLayout(layer) ?? (['nearest', 'bilinear'].includes(str(layer, 'interpolation', 'nearest')) ? undefined : `interpolation "${str(layer, 'interpolation', '')}" is not supported`),
  emit: (ctx) => {
    const x = ctx.inputs[0]!;
    const s = shapeOf(ctx, x);
    const [sh, sw] = tuple(ctx.layer, 'size', 2, 2) as [number, number];
    const outShape = [s[0]!, s[1]! * sh, s[2]! * sw, s[3]!];
    const size = constI(ctx, 'resize/size', [outShape[1]!, outShape[2]!]);
    const bilinear = str(ctx.layer, 'interpolation', 'nearest') === 'bilinear';
    const type = bilinear ? 'RESIZE_BILINEAR' : 'RESIZE_NEAREST_NEIGHBOR';
    return [emitOp(ctx, type, [x, size], outShape, 'resize', { align_corners: false, half_pixel_centers: bilinear })];
  },
};

/** UpSampling1D repeats each step: EXPAND_DIMS → TILE → RESHAPE. */
const upSampling1d: LayerHandler = {
  classNames: ['UpSampling1D'],
  emit: (ctx) => {
    const x = ctx.inputs[0]!;
    const s = shapeOf(ctx, x);
    const n = tuple(ctx.layer, ['size', 'length'], 1, 2)[0]!;
    const e = expandDims(ctx, x, 2);
    const tiled = emitOp(ctx, 'TILE', [e, constI(ctx, 'Tile/multiples', [1, 1, n, 1])], [s[0]!, s[1]!, n, s[2]!], 'Tile');
    return [reshape(ctx, tiled, [s[0]!, s[1]! * n, s[2]!])];
  },
};

/** Embedding: GATHER rows of the table; float inputs are cast to int32 first. */
const embedding: LayerHandler = {
  classNames: ['Embedding'],
  check: (layer) => (layer.weights.length >= 1 ? undefined : 'Embedding without its table'),
  emit: (ctx) => {
    let x = ctx.inputs[0]!;
    const table = ctx.layer.weights[0]!;
    const s = shapeOf(ctx, x);
    if (ctx.builder.tensor(x).dtype !== 'int32') {
      x = emitOp(ctx, 'CAST', [x], s, 'Cast', undefined, 'int32');
    }
    const t = constF(ctx, 'embedding_lookup', table.shape, table.data);
    return [emitOp(ctx, 'GATHER', [t, x], [...s, table.shape[1]!], 'GatherV2', { axis: 0, batch_dims: 0 })];
  },
};

export const reshapingLayers: LayerHandler[] = [zeroPadding, cropping, upSampling2d, upSampling1d, embedding];
