/**
 * A small seeded PRNG, uniform in [0, 1): xorshift32 (Marsaglia) after a splitmix-style scramble of the seed.
 * Only shifts and xors — no Math calls — so it stays fast in hot loops everywhere (Math builtins are not
 * inlined under some runners, e.g. jest's VM context). Same seed, same sequence, on every platform.
 */
export function seededRandom(seed: number): () => number {
  let x = (seed ^ 0x9e3779b9) >>> 0;
  x ^= x >>> 16;
  x = (x ^ (x << 7) ^ (x >>> 11)) >>> 0 || 0x6d2b79f5;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

/** `k` distinct indices of 0..n-1 chosen with the seeded PRNG (partial Fisher–Yates), in ascending order. */
export function sampleIndices(n: number, k: number, seed: number): Int32Array {
  const random = seededRandom(seed);
  const pool = Int32Array.from({ length: n }, (_, i) => i);
  const take = Math.min(k, n);
  for (let i = 0; i < take; i++) {
    const j = i + ((random() * (n - i)) | 0);
    const t = pool[i];
    pool[i] = pool[j];
    pool[j] = t;
  }
  return pool.subarray(0, take).sort();
}
