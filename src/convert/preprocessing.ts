import { bool, num, str } from './args.js';
import { constI, emitOp, expandDims, shapeOf } from './ops.js';
import type { LayerHandler } from './types.js';

/**
 * Preprocessing and augmentation layers kept inside models: the Random* augmentations are identities at
 * inference; Resizing becomes RESIZE_BILINEAR / RESIZE_NEAREST_NEIGHBOR; RepeatVector an EXPAND_DIMS + TILE.
 */
const augmentation: LayerHandler = {
  classNames: ['RandomFlip', 'RandomRotation', 'RandomZoom', 'RandomTranslation', 'RandomContrast', 'RandomBrightness', 'RandomHeight', 'RandomWidth'],
  emit: (ctx) => [ctx.inputs[0]!],
};

const resizing: LayerHandler = {
  classNames: ['Resizing'],
  check: (layer) => {
    if (bool(layer, 'crop_to_aspect_ratio', false) || bool(layer, 'pad_to_aspect_ratio', false)) return 'crop/pad to aspect ratio is not supported';
    const mode = str(layer, 'interpolation', 'bilinear');
    return mode === 'bilinear' || mode === 'nearest' ? undefined : `interpolation "${mode}" is not supported`;
  },
  emit: (ctx) => {
    const x = ctx.inputs[0]!;
    const s = shapeOf(ctx, x);
    const [h, w] = [num(ctx.layer, 'height', s[1]!), num(ctx.layer, 'width', s[2]!)];
    const bilinear = str(ctx.layer, 'interpolation', 'bilinear') === 'bilinear';
    const type = bilinear ? 'RESIZE_BILINEAR' : 'RESIZE_NEAREST_NEIGHBOR';
    return [emitOp(ctx, type, [x, constI(ctx, 'resize/size', [h, w])], [s[0]!, h, w, s[3]!], 'resize', { align_corners: false, half_pixel_centers: true })];
  },
};

const repeatVector: LayerHandler = {
  classNames: ['RepeatVector'],
  emit: (ctx) => {
    const x = ctx.inputs[0]!;
    const s = shapeOf(ctx, x);
    const n = num(ctx.layer, 'n', 1);
    const e = expandDims(ctx, x, 1);
    return [emitOp(ctx, 'TILE', [e, constI(ctx, 'Tile/multiples', [1, n, 1])], [s[0]!, n, s[1]!], 'Tile')];
  },
};

export const preprocessingLayers: LayerHandler[] = [augmentation, resizing, repeatVector];
