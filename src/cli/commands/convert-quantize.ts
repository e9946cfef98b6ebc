/**
 * The quantization flags of `convert`: --quantize, --representative_dataset (with evaluate's dataset
 * flags), --representative_samples, --inference_type; the combinations that make no sense are usage errors
 * that say what to do. And the lines `convert` prints about a quantized variant.
 */
import { DATA_OPTION_NAMES, parseDataOptions } from '../../data/options.js';
import { GateError } from '../../errors.js';
import type { ConvertedVariant, ConvertVariant, Int8Settings } from '../../pipeline/convert.js';
import type { InferenceType } from '../../quantize/index.js';
import { intFlag } from '../args.js';

/** evaluate's dataset flags that apply to calibration data (not the label or subset ones). */
const CALIBRATION_DATA_FLAGS = DATA_OPTION_NAMES.filter((n) => n !== 'samples' && n !== 'seed' && n !== 'y-key');

export const QUANTIZE_FLAGS = {
  quantize: { type: 'string' as const },
  'representative-dataset': { type: 'string' as const },
  'representative-samples': { type: 'string' as const },
  'inference-type': { type: 'string' as const },
  ...Object.fromEntries(CALIBRATION_DATA_FLAGS.map((name) => [name, { type: 'string' as const }])),
};

const MODES = ['dynamic', 'int8', 'float16'];
const HELP = 'Run `tflite-gate convert --help`.';

function variantsOf(values: Record<string, string | boolean | undefined>): ConvertVariant[] {
  const mode = values.quantize as string | undefined;
  if (mode !== undefined && !MODES.includes(mode)) throw new GateError('usage', `--quantize takes ${MODES.join(', ')}; got "${mode}"`, {}, HELP);
  if (mode !== undefined && mode !== 'float16' && (values.float16 || values.both)) {
    throw new GateError('usage', `--quantize=${mode} and --${values.both ? 'both' : 'float16'} ask for two different files`, {}, 'Convert once per variant, or use `tflite-gate evaluate --variants float32,float16,dynamic,int8` to compare them.');
  }
  if (mode === 'dynamic' || mode === 'int8') return [mode];
  return values.both ? ['float32', 'float16'] : values.float16 || mode === 'float16' ? ['float16'] : ['float32'];
}

function inferenceType(text: string | undefined): InferenceType | undefined {
  if (text === undefined) return undefined;
  const t = text.toLowerCase();
  if (t === 'int8' || t === 'uint8' || t === 'float32') return t;
  throw new GateError('usage', `--inference_type takes int8, uint8 or float32; got "${text}"`, {}, HELP);
}

/** The variants to write and, for int8, where the calibration data comes from. */
export function quantizeSettings(values: Record<string, string | boolean | undefined>, abs: (p: string) => string): { variants: ConvertVariant[]; int8?: Int8Settings } {
  const variants = variantsOf(values);
  const dataset = values['representative-dataset'] as string | undefined;
  const dataFlags = ['representative-samples', ...CALIBRATION_DATA_FLAGS].filter((n) => values[n] !== undefined);
  const type = inferenceType(values['inference-type'] as string | undefined);
  if (variants[0] !== 'int8') {
    const stray = [dataset !== undefined ? 'representative-dataset' : undefined, type ? 'inference-type' : undefined, ...dataFlags].filter(Boolean);
    if (stray.length) throw new GateError('usage', `--${String(stray[0]).replace(/-/g, '_')} only applies to --quantize=int8`, {}, 'Add --quantize=int8 --representative_dataset=FILE, or drop the flag.');
    return { variants };
  }
  if (!dataset) {
    throw new GateError('usage', '--quantize=int8 needs calibration data: --representative_dataset=FILE', {}, 'Pass a few hundred samples the model really sees (e.g. part of the training set), preprocessed with --scale/--offset/--mean/--std like evaluation data; or use --quantize=dynamic, which needs none.');
  }
  const data = parseDataOptions(Object.fromEntries(CALIBRATION_DATA_FLAGS.map((n) => [n, values[n] as string | undefined])));
  const samples = intFlag(values['representative-samples'] as string | undefined, 'representative_samples', 200);
  return { variants, int8: { dataset: abs(dataset), data: { ...data, samples }, ...(type ? { inferenceType: type } : {}) } };
}

const list = (items: string[], max = 6) => (items.length > max ? `${items.slice(0, max).join(', ')}, … (${items.length} in all)` : items.join(', '));

/** What convert says about a quantized variant: weights, float ops, requantizations, calibration warnings. */
export function quantizeSummary(v: ConvertedVariant): string[] {
  const q = v.quantization;
  if (!q) return [];
  const perChannel = q.quantizedWeights.filter((w) => w.axis !== undefined).length;
  const lines = [`  ${q.quantizedWeights.length} weight tensors int8 (${perChannel} per channel)`];
  if (v.calibration) lines.push(`  calibrated on ${v.calibration.samples} samples, ${v.calibration.ranges.size} tensors`);
  const worst = [...(v.layerErrors ?? [])].sort((a, b) => a.snrDb - b.snrDb).slice(0, 3);
  if (worst.length) lines.push(`  layers losing most (SNR vs float, ${Math.min(32, v.calibration?.samples ?? 0)} calibration samples): ${worst.map((l) => `${l.op} ${l.snrDb.toFixed(1)} dB`).join(', ')}`);
  if (q.floatOps.length) lines.push(`  kept float (DEQUANTIZE/QUANTIZE around them): ${list(q.floatOps.map((o) => `${o.op}: ${o.reason}`), 4)}`);
  if (q.floatWeights.length) lines.push(`  warning: weights left float: ${list(q.floatWeights.map((w) => `${w.tensor} (${w.elements})`))}`);
  if (q.requantized.length) lines.push(`  requantized (inputs of one op at different scales): ${list(q.requantized.map((r) => `${r.tensor} → ${r.op}`), 4)}`);
  for (const w of q.rangeWarnings ?? []) lines.push(`  warning: ${w}`);
  const unstable = v.calibration?.unstable ?? [];
  if (unstable.length) {
    const names = unstable.map((u) => u.name);
    lines.push(`  warning: unstable calibration: two halves of the samples give ranges differing by more than 20% for ${unstable.length} tensors (${list(names, 3)}); use more or more representative samples`);
  }
  return lines;
}
