/**
 * Constant inputs of an int8 op: affine weights symmetric per channel, their bias int32 at
 * input scale × weight scale, constants of same-scale ops in the op's own parameters, other constants
 * (a MUL's or ADD's operand, PRELU's alpha) asymmetric over their own range, as TF 2.21 writes them. Each (tensor, parameters) pair is
 * quantized once. Pure.
 */
import type { Op, Quantization, Tensor } from '../graph/ir.js';
import { GraphEdit, isFloatConstant } from './edit.js';
import type { Params } from './int8-params.js';
import { activationParams, quantization, quantizeAffine, quantizeBias, quantizeWeights, quantizeWith, widenForBias } from './numerics.js';
import { INT8_RULES } from './rules.js';

/** A constant operand of ADD, MUL, SUB...: asymmetric int8 over its own range (as TF 2.21 writes it). */
function ownRange(values: Float32Array): { data: Int8Array; quantization: Quantization } {
  let min = 0;
  let max = 0;
  for (const v of values) {
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  const p = activationParams({ min, max });
  return { data: quantizeAffine(values, p.scale, p.zeroPoint), quantization: quantization(p.scale, p.zeroPoint) };
}

export class ConstantQuantizer {
  private readonly cache = new Map<string, number>();

  constructor(private readonly edit: GraphEdit) {}

  private once(id: number, key: string, make: () => { data: Int8Array | Int32Array; quantization: Quantization }): number {
    const full = `${id}|${key}`;
    const hit = this.cache.get(full);
    if (hit !== undefined) return hit;
    const made = make();
    const dtype = made.data instanceof Int32Array ? 'int32' : 'int8';
    const out = this.edit.add(this.edit.tensor(id), dtype === 'int32' ? '_int32' : '_int8', { dtype, data: made.data, quantization: made.quantization });
    this.cache.set(full, out);
    return out;
  }

  /** Weights per channel; their scales widened where a bias would not fit an int32 otherwise (TF does the same). */
  private weights(id: number, axis: number | undefined, bias: Tensor | undefined, inputScale: number): number {
    const t = this.edit.tensor(id) as Tensor & { data: Float32Array };
    const plain = quantizeWeights(t.data, t.shape, axis);
    const widened = isFloatConstant(bias) ? widenForBias(plain.quantization.scale, bias.data, inputScale) : undefined;
    if (!widened) return this.once(id, `w${axis}`, () => plain);
    const channels = widened.length;
    const inner = axis === undefined ? t.data.length : t.shape.slice(axis + 1).reduce((a, b) => a * b, 1);
    return this.once(id, `w${axis}|${widened.join(',')}`, () => ({ data: quantizeWith(t.data, widened, channels, inner), quantization: { ...plain.quantization, scale: widened } }));
  }

  /** The op's inputs with every float constant replaced by its quantized form; `inputScale` is the op's first input's scale. */
  inputs(op: Op, inputs: number[], opParams: Params, inputScale: number): number[] {
    const rule = INT8_RULES[op.type];
    let weightScales: number[] = [];
    const out = [...inputs];
    const order = rule?.kind === 'affine' ? [rule.weight, ...inputs.keys()] : [...inputs.keys()];
    for (const slot of order) {
      const id = out[slot]!;
      const t = this.edit.tensors[id];
      if (!isFloatConstant(t)) continue;
      if (rule?.kind === 'affine' && slot === rule.weight) {
        out[slot] = this.weights(id, rule.axis, this.edit.tensors[inputs[rule.bias ?? -1] ?? -1], inputScale);
        weightScales = this.edit.tensor(out[slot]!).quantization!.scale;
      } else if (rule?.kind === 'affine' && slot === rule.bias) {
        out[slot] = this.once(id, `b${inputScale}|${weightScales.join(',')}`, () => quantizeBias(t.data, inputScale, weightScales));
      } else if (rule?.kind === 'same-scale') {
        out[slot] = this.once(id, `a${opParams.scale}|${opParams.zeroPoint}`, () => ({ data: quantizeAffine(t.data, opParams.scale, opParams.zeroPoint), quantization: quantization(opParams.scale, opParams.zeroPoint) }));
      } else {
        out[slot] = this.once(id, 'c', () => ownRange(t.data));
      }
    }
    return out;
  }
}
