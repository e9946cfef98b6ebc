/** Weight permutation (the converter's hot loop) against a naive index-by-index transpose. */
import { permuteData, stridesOf } from '../../src/convert/ops.js';
import { GraphBuilder } from '../../src/graph/builder.js';

function naive(data: Float32Array, shape: number[], perm: number[]): Float32Array {
  const outShape = perm.map((p) => shape[p]!);
  const inStrides = stridesOf(shape);
  const out = new Float32Array(data.length);
  const outStrides = stridesOf(outShape);
  for (let o = 0; o < out.length; o++) {
    let rest = o;
    let src = 0;
    for (let d = 0; d < outShape.length; d++) {
      const i = Math.floor(rest / outStrides[d]!);
      rest -= i * outStrides[d]!;
      src += i * inStrides[perm[d]!]!;
    }
    out[o] = data[src]!;
  }
  return out;
}

function permutations(n: number): number[][] {
  if (n === 1) return [[0]];
  return permutations(n - 1).flatMap((p) => Array.from({ length: n }, (_, k) => [...p.slice(0, k), n - 1, ...p.slice(k)]));
}

describe('permuteData', () => {
  it.each([[[7]], [[3, 5]], [[2, 3, 4]], [[3, 1, 4, 2]], [[2, 3, 1, 2, 3]]])('matches a naive transpose for every permutation of %j', (shape) => {
    const data = Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => i * 1.5 - 3);
    for (const perm of permutations(shape.length)) expect([perm, Array.from(permuteData(data, shape, perm))]).toEqual([perm, Array.from(naive(data, shape, perm))]);
  });

  it('handles a scalar and an empty tensor', () => {
    expect(Array.from(permuteData(Float32Array.of(4), [], []))).toEqual([4]);
    expect(permuteData(new Float32Array(0), [0, 3], [1, 0]).length).toBe(0);
  });
});

describe('GraphBuilder.uniqueName', () => {
  it('gives the first free suffix, as before its memo', () => {
    const b = new GraphBuilder();
    expect(['a', 'a', 'a_1', 'a', 'b', 'a'].map((n) => b.uniqueName(n))).toEqual(['a', 'a_1', 'a_1_1', 'a_2', 'b', 'a_3']);
    const c = new GraphBuilder();
    expect(['x_2', 'x', 'x', 'x', 'x'].map((n) => c.uniqueName(n))).toEqual(['x_2', 'x', 'x_1', 'x_3', 'x_4']);
  });
});
