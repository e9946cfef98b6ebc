/**
 * Exact McNemar test on paired predictions: of the samples exactly one of two models gets right (b: only
 * the first, c: only the second), under "no difference" each is equally likely to be either, so b follows
 * Binomial(b + c, 1/2). The two-sided p-value says whether an accuracy change could be sampling noise.
 */

/** log(n!) by summation for small n, Stirling's series beyond (error < 1e-10 there). */
function logFactorial(n: number): number {
  if (n < 64) {
    let s = 0;
    for (let i = 2; i <= n; i++) s += Math.log(i);
    return s;
  }
  return n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n) + 1 / (12 * n) - 1 / (360 * n ** 3);
}

/** Two-sided exact p-value for b vs c discordant pairs (1 when there are none). */
export function mcnemarExactP(b: number, c: number): number {
  const n = b + c;
  if (n === 0) return 1;
  const k = Math.min(b, c);
  const logHalfN = n * Math.log(0.5);
  let tail = 0;
  for (let i = 0; i <= k; i++) tail += Math.exp(logFactorial(n) - logFactorial(i) - logFactorial(n - i) + logHalfN);
  return Math.min(1, 2 * tail);
}

/** The conventional threshold: below it the change is unlikely to be noise alone. */
export const SIGNIFICANCE = 0.05;
