/** Integer quantization of a float Graph: dynamic range, and full int8 from calibrated ranges. Pure. */
export { quantizeDynamic, type DynamicResult } from './dynamic.js';
export { quantizeInt8, type InferenceType, type Int8Options, type Int8Result } from './int8.js';
export { calibrationGraph, collectRanges, type RangesBuild, type CalibrationRanges } from './calibration.js';
export type { KeepFloat } from './int8-ops.js';
export type { Range } from './numerics.js';
export type { QuantizeMode, QuantizeReport, WeightNote, FloatOpNote, RequantNote } from './report.js';
