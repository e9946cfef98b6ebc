/** What quantizing did to each dynamic/int8 variant, as lines for the comment's details and the CLI. Pure. */
import type { ModelEvaluation } from '../results/types.js';

const db = (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)} dB` : x > 0 ? 'exact' : 'no signal');
const few = (items: string[], max = 4) => (items.length > max ? `${items.slice(0, max).join('; ')}; … (${items.length} in all)` : items.join('; '));

export function quantizationLines(evaluation: ModelEvaluation): string[] {
  return evaluation.variants.flatMap(({ variant, quantization: q }) => {
    if (!q) return [];
    const calibrated = q.calibrationSamples ? `, calibrated on ${q.calibrationSamples} samples` : '';
    const lines = [`${variant}: ${q.quantizedWeights} weight tensors int8${calibrated}`];
    const worst = [...(q.layers ?? [])].sort((a, b) => a.snrDb - b.snrDb).slice(0, 3);
    if (worst.length) lines.push(`${variant}: layers losing most (SNR vs float32): ${worst.map((l) => `${l.op} ${db(l.snrDb)}`).join(', ')}`);
    if (q.floatOps.length) lines.push(`${variant}: kept float: ${few(q.floatOps)}`);
    if (q.floatWeights.length) lines.push(`${variant}: weights left float: ${few(q.floatWeights)}`);
    if (q.requantized.length) lines.push(`${variant}: requantized: ${few(q.requantized)}`);
    for (const w of q.rangeWarnings ?? []) lines.push(`${variant}: ⚠️ ${w}`);
    if (q.unstableRanges?.length) lines.push(`${variant}: ⚠️ unstable calibration (ranges of two halves of the samples differ by more than 20%): ${few(q.unstableRanges)}; use more, or more representative, samples`);
    return lines;
  });
}
