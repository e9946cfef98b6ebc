/**
 * convert's quantization settings (config/settings.ts: quantize, representative-dataset with evaluate's
 * dataset flags, representative-samples, inference-type) turned into variants and int8 settings; the
 * combinations that make no sense are usage errors that say what to do. And the lines `convert` prints
 * about a quantized variant.
 */
import { dataOptions } from '../../config/data-options.js';
import { GateError } from '../../errors.js';
import type { ConvertedVariant, ConvertVariant, Int8Settings } from '../../pipeline/convert.js';
import type { Flags } from '../flags.js';

/** evaluate's dataset flags that preprocess the calibration data. */
const DATA_FLAGS = ['x-key', 'scale', 'offset', 'mean', 'std', 'label-column'] as const;

function variantsOf(flags: Flags): ConvertVariant[] {
  const mode = flags.value('quantize');
  if (mode !== undefined && mode !== 'float16' && (flags.value('float16') || flags.value('both'))) {
    throw new GateError('usage', `${flags.label('quantize')}=${mode} and ${flags.label(flags.value('both') ? 'both' : 'float16')} ask for two different files`, {},
      'Convert once per variant, or compare them with `tflite-gate evaluate --variants float32,float16,dynamic,int8`.');
  }
  if (mode === 'dynamic' || mode === 'int8') return [mode];
  return flags.value('both') ? ['float32', 'float16'] : flags.value('float16') || mode === 'float16' ? ['float16'] : ['float32'];
}

/** The variants to write and, for int8, where the calibration data comes from. */
export function quantizeSettings(flags: Flags, abs: (p: string) => string): { variants: ConvertVariant[]; int8?: Int8Settings } {
  const variants = variantsOf(flags);
  const dataset = flags.value('representative-dataset');
  const type = flags.value('inference-type');
  if (variants[0] !== 'int8') {
    const stray = (['representative-dataset', 'inference-type', 'representative-samples', ...DATA_FLAGS] as const).find((id) => flags.given(id));
    if (stray) throw new GateError('usage', `${flags.label(stray)} only applies to ${flags.label('quantize')}=int8`, {}, `Add ${flags.label('quantize')}=int8 ${flags.label('representative-dataset')}=FILE, or drop the flag.`);
    return { variants };
  }
  if (!dataset) {
    throw new GateError('usage', `${flags.label('quantize')}=int8 needs calibration data: ${flags.label('representative-dataset')}=FILE`, {},
      'Pass a few hundred samples the model really sees (e.g. part of the training set), preprocessed with --scale/--offset/--mean/--std like evaluation data; or use --quantize=dynamic, which needs none.');
  }
  const given = <K extends Parameters<Flags['value']>[0]>(id: K) => (flags.given(id) ? flags.value(id) : undefined);
  const data = { ...dataOptions(given), samples: flags.value('representative-samples') };
  return { variants, int8: { dataset: abs(dataset), datasetName: dataset, data, ...(type && type !== 'float32' ? { inferenceType: type } : {}) } };
}

const list = (items: string[], max = 6) => (items.length > max ? `${items.slice(0, max).join(', ')}, … (${items.length} in all)` : items.join(', '));

/** What convert says about a quantized variant: weights, float ops, requantizations, calibration warnings. */
export function quantizeSummary(v: ConvertedVariant): string[] {
  const q = v.quantization;
  if (!q) return [];
  const perChannel = q.quantizedWeights.filter((w) => w.axis !== undefined).length;
  const lines = [`${q.quantizedWeights.length} weight tensors int8 (${perChannel} per channel)`];
  if (v.calibration) lines.push(`calibrated on ${v.calibration.samples} samples, ${v.calibration.ranges.size} tensors`);
  const worst = [...(v.layerErrors ?? [])].sort((a, b) => a.snrDb - b.snrDb).slice(0, 3);
  if (worst.length) lines.push(`layers losing most (SNR vs float, ${v.layerErrorSamples ?? 0} calibration samples): ${worst.map((l) => `${l.op} ${l.snrDb.toFixed(1)} dB`).join(', ')}`);
  if (q.floatOps.length) lines.push(`kept float (DEQUANTIZE/QUANTIZE around them): ${list(q.floatOps.map((o) => `${o.op}: ${o.reason}`), 4)}`);
  if (q.floatWeights.length) lines.push(`warning: weights left float: ${list(q.floatWeights.map((w) => `${w.tensor} (${w.elements})`))}`);
  if (q.requantized.length) lines.push(`requantized (inputs of one op at different scales): ${list(q.requantized.map((r) => `${r.tensor} → ${r.op}`), 4)}`);
  for (const w of q.rangeWarnings ?? []) lines.push(`warning: ${w}`);
  const unstable = v.calibration?.unstable ?? [];
  if (unstable.length) {
    const names = unstable.map((u) => u.name);
    lines.push(`warning: unstable calibration: two halves of the samples give ranges differing by more than 20% for ${unstable.length} tensors (${list(names, 3)}); use more or more representative samples`);
  }
  return lines;
}
