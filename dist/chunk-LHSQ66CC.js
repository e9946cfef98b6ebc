import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);

// src/util/half.ts
var f32 = new Float32Array(1);
var u32 = new Uint32Array(f32.buffer);
function toHalfBits(value) {
  f32[0] = value;
  const x = u32[0];
  const sign = x >>> 16 & 32768;
  const exp = x >>> 23 & 255;
  let mant = x & 8388607;
  if (exp === 255) return sign | 31744 | (mant ? 512 | mant >>> 13 : 0);
  const e = exp - 127 + 15;
  if (e >= 31) return sign | 31744;
  if (e <= 0) {
    if (e < -10) return sign;
    mant |= 8388608;
    const shift = 14 - e;
    const half2 = mant >>> shift;
    const rest2 = mant & (1 << shift) - 1;
    const mid = 1 << shift - 1;
    return sign | half2 + (rest2 > mid || rest2 === mid && half2 & 1 ? 1 : 0);
  }
  const half = e << 10 | mant >>> 13;
  const rest = mant & 8191;
  return sign | half + (rest > 4096 || rest === 4096 && half & 1 ? 1 : 0);
}
function halfToFloat(h) {
  const sign = h & 32768 ? -1 : 1;
  const exp = h >>> 10 & 31;
  const mant = h & 1023;
  if (exp === 0) return sign * mant * 2 ** -24;
  if (exp === 31) return mant ? NaN : sign * Infinity;
  return sign * (1 + mant / 1024) * 2 ** (exp - 15);
}

export {
  toHalfBits,
  halfToFloat
};
