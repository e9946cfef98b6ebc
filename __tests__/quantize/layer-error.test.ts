import { ErrorSums } from '../../src/quantize/layer-error.js';

describe('ErrorSums', () => {
  test.each([1, 4, 7, 13])('sums over %i values equal a one-at-a-time loop exactly', (length) => {
    const f = Float32Array.from({ length }, (_, i) => Math.sin(i + 0.5) * 10);
    const q = Float32Array.from(f, (v, i) => v + Math.cos(i) * 0.1);
    let signal = 0;
    let noise = 0;
    for (let i = 0; i < length; i++) {
      signal += f[i]! * f[i]!;
      noise += (f[i]! - q[i]!) ** 2;
    }
    const sums = new ErrorSums(2);
    sums.add(1, f, q);
    sums.add(1, f, q);
    expect([sums.signal[0], sums.signal[1], sums.noise[1]]).toEqual([0, signal + signal, noise + noise]);
  });
});
