/**
 * Gate thresholds, as the user sets them (action inputs, CLI flags, `.tflite-gate.yml`). A threshold that is
 * absent is not checked. Config parsing lives in config/; this file only says what each number means.
 */
export interface Thresholds {
  /**
   * Largest allowed top-1 accuracy drop, in percentage points (0.5 = half a point), for each variant vs the
   * float32 variant of the same model, and for each variant head vs base.
   */
  maxAccuracyDrop?: number;
  /** The dynamic and int8 variants' own limit vs float32 (pp); maxAccuracyDrop when absent. */
  maxInt8AccuracyDrop?: number;
  /** Largest allowed .tflite file-size increase, in percent, head vs base, per variant. */
  maxSizeIncrease?: number;
  /**
   * Largest allowed latency increase, in percent, head vs base, per variant. Breached only when the whole
   * confidence interval of the interleaved head/base ratio lies past the limit.
   */
  maxLatencyIncrease?: number;
  /** Largest allowed absolute output difference of any variant vs float32 (max over every output element). */
  maxOutputDiff?: number;
}

/** The action-input / CLI-flag name of each threshold, as named in every Breach. */
export const THRESHOLD_INPUTS = {
  maxAccuracyDrop: 'max-accuracy-drop',
  maxInt8AccuracyDrop: 'max-int8-accuracy-drop',
  maxSizeIncrease: 'max-size-increase',
  maxLatencyIncrease: 'max-latency-increase',
  maxOutputDiff: 'max-output-diff',
} as const satisfies Record<keyof Thresholds, string>;

/** Values within this of the limit count as at the limit (0.99 - 0.98 must not read as 1.0000000000000009 > 1). */
const LIMIT_TOLERANCE = 1e-9;

/** True when `actual` is past `limit` (strictly greater, beyond floating-point noise). NaN is always past. */
export function exceeds(actual: number, limit: number): boolean {
  if (Number.isNaN(actual)) return true;
  return actual - limit > LIMIT_TOLERANCE * Math.max(1, Math.abs(limit));
}
