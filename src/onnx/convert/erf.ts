/**
 * Erf outside the GELU pattern (fuse.ts turns that one into GELU): TFLite has no erf operator, so it is
 * computed with Abramowitz & Stegun's formula 7.1.26 (absolute error below 1.5e-7):
 * erf(x) = sign(x) (1 - t (a1 + t (a2 + t (a3 + t (a4 + t a5)))) exp(-x²)), t = 1 / (1 + p |x|).
 */
import type { OnnxContext } from './context.js';
import { physicalShape } from './layout.js';
import { elementwise } from './nd.js';
import type { OnnxHandler } from './types.js';

const P = 0.3275911;
const A = [0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429];

export function erf(x: number): number {
  const t = 1 / (1 + P * Math.abs(x));
  const poly = A.reduceRight((acc, a) => a + t * acc, 0) * t;
  return Math.sign(x) * (1 - poly * Math.exp(-x * x));
}

function emitErf(ctx: OnnxContext): void {
  const layout = ctx.layoutOf(0);
  const shape = physicalShape(ctx.shape(0), layout);
  const none = { fused_activation_function: 'NONE' };
  const k = (name: string, v: number) => ctx.constFloat(name, [], [v]);
  const op = (type: string, inputs: number[], suffix: string, options?: Record<string, string>) => ctx.temp(type, inputs, shape, suffix, options);
  const x = ctx.tensor(0, layout);
  const a = op('ABS', [x], 'abs');
  const t = op('DIV', [k('one', 1), op('ADD', [op('MUL', [a, k('p', P)], 'pa', none), k('one_1', 1)], 'denominator', none)], 't', none);
  let poly = k('a5', A[4]!);
  for (let i = 3; i >= 0; i--) poly = op('ADD', [op('MUL', [poly, t], `horner${i}`, none), k(`a${i + 1}`, A[i]!)], `poly${i}`, none);
  const tail = op('MUL', [op('MUL', [poly, t], 'poly_t', none), op('EXP', [op('NEG', [op('MUL', [a, a], 'square', none)], 'neg')], 'exp')], 'tail', none);
  const magnitude = op('SUB', [k('one_2', 1), tail], 'magnitude', none);
  ctx.emit('MUL', [op('SIGN', [x], 'sign'), magnitude], ctx.shape(0), layout, none);
}

export const erfHandlers: OnnxHandler[] = [{ ops: ['Erf'], fold: (ctx) => [elementwise([ctx.constOf(0)!], erf)], emit: emitErf }];
