/**
 * How two settings of one model differ, as short markdown items: what a pull request's config file would
 * change if it were applied (the gate applies the base commit's, see pipeline/trust.ts).
 */
import { THRESHOLD_INPUTS, type Thresholds } from '../metrics/thresholds.js';
import type { ModelSettings } from './types.js';

const OTHER_KEYS: [keyof ModelSettings, string][] = [
  ['dataset', 'dataset'], ['dataKeys', 'x-key / y-key'], ['preprocessing', 'preprocessing'], ['samples', 'samples'],
  ['sequenceLength', 'sequence-length'], ['reference', 'reference'],
];

const show = (v: unknown) => (v === undefined ? 'not set' : `\`${(typeof v === 'string' ? v : JSON.stringify(v)).replace(/`/g, "'")}\``);

/** "`max-accuracy-drop` 1 → 100"-style items, thresholds first; [] when the two are the same. */
export function settingsChanges(applied: ModelSettings, proposed: ModelSettings): string[] {
  const out: string[] = [];
  for (const [field, name] of Object.entries(THRESHOLD_INPUTS) as [keyof Thresholds, string][]) {
    const a = applied.thresholds[field];
    const b = proposed.thresholds[field];
    if (a !== b) out.push(`\`${name}\` ${a ?? 'not set'} → ${b ?? 'not set'}`);
  }
  for (const [field, name] of OTHER_KEYS) {
    const a = applied[field];
    const b = proposed[field];
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push(`\`${name}\` ${show(a)} → ${show(b)}`);
  }
  return out;
}
