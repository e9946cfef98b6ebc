/**
 * The source (Keras) reference line of a model's section (`reference` input / --reference): the source
 * model's accuracy, and the conversion loss of the float32 .tflite against it.
 */
import type { ModelComparison, ModelEvaluation } from '../results/types.js';
import { points } from './delta.js';
import { cell, sig, percent, withoutPath } from './format.js';

function accuracy(e: ModelEvaluation, base: ModelEvaluation | undefined): string | undefined {
  const top1 = e.source?.classification?.top1;
  if (top1 === undefined) {
    const mae = e.source?.regression?.mae;
    return mae === undefined ? undefined : `MAE ${sig(mae, 4)}`;
  }
  const was = base?.source?.classification?.top1;
  const float32 = e.variants.find((v) => v.variant === 'float32')?.classification?.top1;
  const vs = float32 === undefined ? '' : ` (float32 .tflite ${points(top1, float32)})`;
  return `accuracy ${was === undefined ? '' : `${percent(was)} → `}${percent(top1)}${vs}`;
}

/** The evaluation note of a model the source reference could not run: "no source (ONNX) reference: why". */
export const noSourceNote = (kind: 'Keras' | 'ONNX', why: string): string => `no source (${kind}) reference: ${why}`;

const NO_SOURCE = /^no source \((Keras|ONNX)\) reference: /;

/** Whether a note is a noSourceNote (the report shows it on the source line, not among the notes). */
export const isNoSourceNote = (note: string): boolean => NO_SOURCE.test(note);

/** Which source did not run, and why. */
function noSource(e: ModelEvaluation | undefined): { kind: string; why: string } | undefined {
  const note = e?.notes.find(isNoSourceNote);
  const m = note?.match(NO_SOURCE);
  return note && m ? { kind: m[1]!, why: note.slice(m[0].length) } : undefined;
}

/** What the source model is, from what ran it: ONNX for onnxruntime, else Keras (tfjs). */
export const sourceKind = (runtime: string | undefined): string => (runtime?.startsWith('onnxruntime') ? 'ONNX' : 'Keras');

const exponent = (x: number) => (x === 0 ? '0' : x.toExponential(2));

function conversionLoss(e: ModelEvaluation): string | undefined {
  const loss = e.source?.float32VsSource;
  if (!loss) return undefined;
  const flips = loss.flipped === undefined ? '' : `, ${loss.flipped} flipped prediction${loss.flipped === 1 ? '' : 's'}`;
  return `conversion loss, float32 vs source: max abs diff ${exponent(loss.maxAbsDiff)}${flips}`;
}

/**
 * "- Source model (Keras, run by …): accuracy …; conversion loss …"; "- Source model (Keras): not run — why"
 * when tfjs could not run it; '' when the reference was not asked for.
 */
export function sourceLine(c: ModelComparison): string {
  const e = c.head ?? c.base;
  const missing = noSource(e);
  if (missing) return `- Source model (${missing.kind}): not run (the gate does not fail for it) — ${cell(withoutPath(missing.why, c.path))}`;
  if (!e?.source) return '';
  const parts = [accuracy(e, c.head ? c.base : undefined), conversionLoss(e)].filter(Boolean);
  if (!parts.length) return '';
  return `- Source model (${sourceKind(e.source.runtime)}, run by ${cell(e.source.runtime ?? 'tfjs')}): ${parts.join('; ')}`;
}
