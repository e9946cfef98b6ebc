/**
 * Resource limits on what a user (or a pull request) hands us: one definition per limit, with its input /
 * flag name, default and unit. Config parsing reads them by name (config/parse.ts); readers check them
 * before reading or decoding, and every refusal names the limit and how to raise it (limitHint).
 */

export interface Limits {
  /** Largest model file, in MiB (head, base, and what Git LFS resolves). */
  modelMib: number;
  /** Largest dataset, in MiB: one file, all files of an image folder together, and what a zip inflates to. */
  datasetMib: number;
  /** Largest image of an image-folder dataset, in pixels (width × height), read from its header before decoding. */
  imagePixels: number;
  /** Longest line of a CSV dataset, in KiB. */
  csvLineKib: number;
  /** Deepest nesting of a model's configuration (JSON objects and arrays, nested models, HDF5 groups). */
  configDepth: number;
  /** Longest time one model (head and base) may take in the gate, in seconds. */
  modelSeconds: number;
}

interface LimitDefinition {
  /** The action input, CLI flag (--NAME) name. */
  name: string;
  default: number;
  /** What is limited, for messages: "a model file". */
  what: string;
  unit: string;
}

export const LIMITS = {
  modelMib: { name: 'max-model-mib', default: 512, what: 'a model file', unit: 'MiB' },
  datasetMib: { name: 'max-dataset-mib', default: 2048, what: 'a dataset', unit: 'MiB' },
  imagePixels: { name: 'max-image-pixels', default: 50_000_000, what: 'one image', unit: 'pixels' },
  csvLineKib: { name: 'max-csv-line-kib', default: 1024, what: 'one CSV line', unit: 'KiB' },
  configDepth: { name: 'max-config-depth', default: 64, what: 'the nesting of a model configuration', unit: 'levels' },
  modelSeconds: { name: 'model-timeout-seconds', default: 1800, what: 'one model in the gate', unit: 'seconds' },
} as const satisfies Record<keyof Limits, LimitDefinition>;

export const DEFAULT_LIMITS: Readonly<Limits> = Object.fromEntries(
  Object.entries(LIMITS).map(([key, def]) => [key, def.default]),
) as unknown as Limits;

export const MIB = 1024 * 1024;

/** Bytes of a MiB limit. */
export function limitBytes(limits: Partial<Limits> | undefined, key: 'modelMib' | 'datasetMib'): number {
  return (limits?.[key] ?? DEFAULT_LIMITS[key]) * MIB;
}

/** "512 MiB", "1 second", "1,800 seconds": a limit's value in its unit (a plural unit is singular for 1). */
function amount(key: keyof Limits, value: number): string {
  const unit: string = LIMITS[key].unit;
  return `${value.toLocaleString('en-US')} ${value === 1 && unit.endsWith('s') ? unit.slice(0, -1) : unit}`;
}

/** "the max-model-mib limit (512 MiB)". */
export function limitName(key: keyof Limits, value: number = DEFAULT_LIMITS[key]): string {
  return `the ${LIMITS[key].name} limit (${amount(key, value)})`;
}

/** How to raise a limit, for the hint of every refusal. */
export function limitHint(key: keyof Limits): string {
  const name = LIMITS[key].name;
  return `If this is intended, raise the limit: action input \`${name}\` or CLI flag --${name} (default ${amount(key, LIMITS[key].default)}).`;
}
