/** The dataset settings (keys, preprocessing, subset) as the data module takes them, from flags or inputs. */
import type { DataOptions } from '../data/options.js';
import { defaultOf, parseGiven, SETTINGS, type SettingId, type SettingValue } from './settings.js';

/** The parsed value of a setting that was given, else undefined. */
type GivenValue = <K extends SettingId>(id: K) => SettingValue<K> | undefined;

export function dataOptions(given: GivenValue): DataOptions {
  const yKey = given('y-key');
  const out: DataOptions = { xKeys: given('x-key') ?? defaultOf('x-key')!, yKey: yKey ?? defaultOf('y-key')!, yKeyExplicit: yKey !== undefined };
  for (const id of ['scale', 'offset', 'samples', 'seed'] as const) {
    const v = given(id);
    if (v !== undefined) out[id] = v;
  }
  for (const id of ['mean', 'std'] as const) {
    const v = given(id);
    if (v !== undefined) out[id] = v;
  }
  const column = given('label-column');
  if (column !== undefined) out.labelColumn = column;
  return out;
}

/**
 * Parse dataset options from raw strings by name (kebab-case; snake_case and camelCase keys are accepted
 * too); `label` names a value in errors (default `--name`).
 */
export function parseDataOptions(record: Record<string, string | undefined>, label: (name: string) => string = (n) => `--${n}`): DataOptions {
  return dataOptions((id) => {
    const name = SETTINGS[id].name;
    const camel = name.replace(/-(.)/g, (_, c: string) => c.toUpperCase());
    return parseGiven(id, record[name] ?? record[name.replace(/-/g, '_')] ?? record[camel], label(name));
  });
}
