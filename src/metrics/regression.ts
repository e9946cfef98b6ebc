import type { RegressionStats } from '../results/types.js';

/** MAE, RMSE and max |error| over every element of predictions vs targets (same layout, `samples` rows). */
export function regressionStats(predictions: ArrayLike<number>, targets: ArrayLike<number>, samples: number): RegressionStats {
  if (predictions.length !== targets.length) {
    throw new RangeError(`predictions hold ${predictions.length} values, targets ${targets.length}`);
  }
  let abs = 0;
  let sq = 0;
  let max = 0;
  for (let i = 0; i < predictions.length; i++) {
    const e = predictions[i] - targets[i];
    abs += Math.abs(e);
    sq += e * e;
    if (Math.abs(e) > max) max = Math.abs(e);
  }
  const n = predictions.length;
  // A NaN error makes the sums NaN; the max then reads NaN too.
  return { samples, mae: n ? abs / n : NaN, rmse: n ? Math.sqrt(sq / n) : NaN, maxAbsError: abs !== abs ? NaN : max };
}
