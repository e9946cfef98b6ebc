/** Thresholds as a markdown line: the run's at the top of the report, each model's own in its section. */
import { THRESHOLD_INPUTS, type Thresholds } from '../metrics/thresholds.js';

const UNITS: Record<keyof Thresholds, string> = {
  maxAccuracyDrop: ' pp', maxInt8AccuracyDrop: ' pp', maxSizeIncrease: '%', maxLatencyIncrease: '%', maxOutputDiff: '',
};

/** "`max-accuracy-drop` 1 pp, `max-size-increase` 10%", or '' when none is set. */
function thresholdList(t: Thresholds): string {
  const set = (Object.keys(THRESHOLD_INPUTS) as (keyof Thresholds)[]).filter((k) => t[k] !== undefined);
  return set.map((k) => `\`${THRESHOLD_INPUTS[k]}\` ${t[k]}${UNITS[k]}`).join(', ');
}

export function thresholdsLine(t: Thresholds, lead = 'Thresholds'): string {
  const list = thresholdList(t);
  return list ? `${lead}: ${list}.` : 'No thresholds set.';
}
