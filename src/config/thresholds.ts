/** Threshold names as users write them (action inputs, flags and config keys) and their typed fields. */
import type { ThresholdConfig } from './types.js';
import { THRESHOLD_INPUTS } from '../metrics/thresholds.js';
import { defaultOf, parseGiven, type SettingId } from './settings.js';

/** User-facing name → typed field, e.g. "max-accuracy-drop" → maxAccuracyDrop. */
export const THRESHOLD_KEYS: Record<string, keyof ThresholdConfig> = Object.fromEntries(
  Object.entries(THRESHOLD_INPUTS).map(([field, name]) => [name, field as keyof ThresholdConfig]),
);

/** The user-facing name of a threshold field, e.g. maxAccuracyDrop → "max-accuracy-drop". */
export function thresholdName(field: keyof ThresholdConfig): string {
  return THRESHOLD_INPUTS[field];
}

/** The built-in limits (settings.ts defaults); an absent limit is not checked. */
export function defaultThresholds(): ThresholdConfig {
  const out: ThresholdConfig = {};
  for (const [name, field] of Object.entries(THRESHOLD_KEYS)) {
    const value = defaultOf(name as SettingId) as number | undefined;
    if (value !== undefined) out[field] = value;
  }
  return out;
}

/**
 * Read thresholds from a lookup by user-facing name; blank values are not set. `prefix` goes in front of
 * the name in errors (e.g. "models[1].thresholds.").
 */
export function readThresholds(
  get: (name: string) => unknown,
  prefix = '',
  file?: string,
  label: (name: string) => string = (name) => name,
): ThresholdConfig {
  const out: ThresholdConfig = {};
  for (const [name, field] of Object.entries(THRESHOLD_KEYS)) {
    const value = parseGiven(name as SettingId, get(name), label(`${prefix}${name}`), file) as number | undefined;
    if (value !== undefined) out[field] = value;
  }
  return out;
}

/** Overlay thresholds: later layers win field by field. */
export function mergeThresholds(...layers: (ThresholdConfig | undefined)[]): ThresholdConfig {
  const out: ThresholdConfig = {};
  for (const layer of layers) {
    for (const [k, v] of Object.entries(layer ?? {})) if (v !== undefined) out[k as keyof ThresholdConfig] = v;
  }
  return out;
}
