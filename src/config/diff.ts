/**
 * How two settings of one model differ: what a pull request's config file would change if it were applied
 * (the gate applies the base commit's, see pipeline/trust.ts). Plain data; the report formats it.
 */
import { THRESHOLD_INPUTS, type Thresholds } from '../metrics/thresholds.js';
import type { ModelSettings } from './types.js';

export interface SettingChange {
  /** The setting as users write it, e.g. "max-accuracy-drop". */
  name: string;
  /** The values as text; undefined when not set. */
  from?: string;
  to?: string;
}

const OTHER_KEYS: [keyof ModelSettings, string][] = [
  ['dataset', 'dataset'], ['dataKeys', 'x-key / y-key'], ['preprocessing', 'preprocessing'], ['samples', 'samples'],
  ['seed', 'seed'], ['sequenceLength', 'sequence-length'], ['nhwc', 'nhwc'], ['reference', 'reference'],
];

const text = (v: unknown) => (v === undefined ? undefined : typeof v === 'string' ? v : JSON.stringify(v));

/** Thresholds first, then the other settings; [] when the two are the same. */
export function settingsChanges(applied: ModelSettings, proposed: ModelSettings): SettingChange[] {
  const out: SettingChange[] = [];
  for (const [field, name] of Object.entries(THRESHOLD_INPUTS) as [keyof Thresholds, string][]) {
    const from = applied.thresholds[field];
    const to = proposed.thresholds[field];
    if (from !== to) out.push({ name, from: text(from), to: text(to) });
  }
  for (const [field, name] of OTHER_KEYS) {
    const from = text(applied[field]);
    const to = text(proposed[field]);
    if (from !== to) out.push({ name, from, to });
  }
  return out;
}
