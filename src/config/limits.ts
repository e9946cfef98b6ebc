/** Resource limits as users set them: each is a setting of ./settings.ts named in util/limits.ts. */
import { LIMITS, type Limits } from '../util/limits.js';
import type { SettingId } from './settings.js';

/** The setting id of each limit (its input / flag name). */
export type LimitSettingId = (typeof LIMITS)[keyof Limits]['name'] & SettingId;

/** Every limit, from a reader of settings that gives the value set or the default. */
export function readLimits(value: (id: LimitSettingId) => number): Limits {
  return Object.fromEntries(Object.entries(LIMITS).map(([key, def]) => [key, value(def.name as LimitSettingId)])) as unknown as Limits;
}
