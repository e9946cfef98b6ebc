/** Metrics, the public entry: pure functions on typed arrays, and thresholds → Verdict. */
export { classificationStats, topKAccuracy, argmaxRows, perClassAccuracy } from './classification.js';
export { agreementStats, type AgreementOptions } from './agreement.js';
export { regressionStats } from './regression.js';
export { latencyStats, compareLatency, percentile, type CompareOptions } from './latency.js';
export { judge, CHECKS } from './verdict.js';
export { THRESHOLD_INPUTS, exceeds, type Thresholds } from './thresholds.js';
