/**
 * Operands of an elementwise op in one layout: nhwc when an activation operand of the output's rank lives
 * in nhwc, else plain. Constants are broadcast to the output rank and permuted at conversion time; a
 * lower-rank activation is reshaped to the output rank first (ONNX broadcasting aligns trailing axes).
 */
import type { OnnxContext } from './context.js';
import { physicalShape, toNhwc, type Layout } from './layout.js';
import { broadcastShape, reshapeConst, transposeConst } from './nd.js';

export interface Operands {
  ids: number[];
  shape: number[];
  layout: Layout;
}

export function broadcastOperands(ctx: OnnxContext, inputs: (number | string)[]): Operands {
  const shapes = inputs.map((i) => ctx.shape(i));
  const shape = shapes.reduce((a, b) => broadcastShape(a, b));
  const rank = shape.length;
  const nhwc = rank >= 3 && inputs.some((i) => !ctx.value(i).const && ctx.shape(i).length === rank && ctx.layoutOf(i) === 'nhwc');
  if (!nhwc) return { ids: inputs.map((i) => ctx.tensor(i, 'plain')), shape, layout: 'plain' };
  const ids = inputs.map((i, k) => {
    const v = ctx.value(i);
    const s = shapes[k]!;
    if (s.length === rank) return ctx.tensor(i, 'nhwc');
    const padded = [...Array(rank - s.length).fill(1), ...s] as number[];
    if (v.const) {
      if (v.const.data.length === 1) return ctx.tensor(i, 'plain');
      return ctx.constant(`${ctx.node.name}/${k}/nhwc`, transposeConst(reshapeConst(v.const, padded), toNhwc(rank)));
    }
    const lifted = ctx.temp('RESHAPE', [ctx.tensor(i, 'plain'), ctx.constInt(`${k}/rank${rank}/shape`, padded)], padded, `${k}/rank${rank}`, undefined, ctx.builder.tensor(ctx.tensor(i, 'plain')).dtype);
    return ctx.tensorOf({ shape: padded, dtype: v.dtype, ids: { plain: lifted } }, `${ctx.node.name}/${k}`, 'nhwc');
  });
  return { ids, shape, layout: 'nhwc' };
}

export const physical = (o: Operands): number[] => physicalShape(o.shape, o.layout);
