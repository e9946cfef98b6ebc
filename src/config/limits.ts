/** Resource limits as users set them (action inputs and CLI flags, by the names in util/limits.ts). */
import { DEFAULT_LIMITS, LIMITS, type Limits } from '../util/limits.js';
import { toInteger } from './values.js';

/** Every limit, from its input when set, else its default; each must be a whole number >= 1. */
export function readLimits(get: (name: string) => string | undefined, label: (name: string) => string): Limits {
  const out = { ...DEFAULT_LIMITS };
  for (const [key, def] of Object.entries(LIMITS) as [keyof Limits, (typeof LIMITS)[keyof Limits]][]) {
    const raw = get(def.name);
    if (raw !== undefined && raw !== '') out[key] = toInteger(raw, label(def.name), undefined, 1);
  }
  return out;
}

/** The input / flag names of the limits, e.g. for a CLI's list of flags. */
export const LIMIT_NAMES: readonly string[] = Object.values(LIMITS).map((def) => def.name);
