import type { KerasLayer } from '../keras/types.js';

/**
 * Reading layer arguments in every spelling Keras has used (Keras 1/2/3 names, ints vs lists, negative
 * axes, dtype-policy objects). Handlers never read `layer.config` directly for anything with variants.
 */
export type Config = Record<string, unknown>;

export function cfg(layer: KerasLayer, ...keys: string[]): unknown {
  for (const key of keys) {
    const value = layer.config[key];
    if (value !== undefined && value !== null) return value;
  }
  return undefined;
}

export function num(layer: KerasLayer, keys: string | string[], fallback: number): number {
  const value = cfg(layer, ...(Array.isArray(keys) ? keys : [keys]));
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  if (Array.isArray(value) && value.length === 1 && typeof value[0] === 'number') return value[0];
  return fallback;
}

export function bool(layer: KerasLayer, keys: string | string[], fallback: boolean): boolean {
  const value = cfg(layer, ...(Array.isArray(keys) ? keys : [keys]));
  return typeof value === 'boolean' ? value : fallback;
}

export function str(layer: KerasLayer, keys: string | string[], fallback: string): string {
  const value = cfg(layer, ...(Array.isArray(keys) ? keys : [keys]));
  return typeof value === 'string' ? value : fallback;
}

/** An int or a tuple of ints (kernel_size=3 or [3, 3]), expanded to `rank` entries. */
export function tuple(layer: KerasLayer, keys: string | string[], rank: number, fallback: number): number[] {
  const value = cfg(layer, ...(Array.isArray(keys) ? keys : [keys]));
  if (typeof value === 'number') return Array(rank).fill(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'number')) {
    if (value.length === 1) return Array(rank).fill(value[0]);
    if (value.length === rank) return value as number[];
  }
  return Array(rank).fill(fallback);
}

/** An axis argument (int, negative int, or list of ints) normalised to non-negative axes for `rank`. */
export function axes(layer: KerasLayer, keys: string | string[], rank: number, fallback: number[]): number[] {
  const value = cfg(layer, ...(Array.isArray(keys) ? keys : [keys]));
  const list = typeof value === 'number' ? [value] : Array.isArray(value) ? (value as number[]) : fallback;
  return list.map((a) => (a < 0 ? a + rank : a)).sort((a, b) => a - b);
}

/** "channels_last" unless the layer says "channels_first" (Keras 1 used dim_ordering "th"/"tf"). */
export function channelsFirst(layer: KerasLayer): boolean {
  const format = str(layer, ['data_format', 'dim_ordering'], 'channels_last');
  return format === 'channels_first' || format === 'th';
}

/** Padding mode of conv/pool layers (Keras 1 spelled it border_mode). */
export function padding(layer: KerasLayer): 'same' | 'valid' | 'causal' | string {
  return str(layer, ['padding', 'border_mode'], 'valid').toLowerCase();
}

/**
 * An activation argument: a string ("relu"), a serialized function ({class_name: "function", config: "relu"},
 * {module: "keras.activations", registered_name/config: "gelu"}), or a layer-like object. Returns the name
 * plus any parameters recorded with it.
 */
export function activationName(value: unknown): string {
  if (value === undefined || value === null) return 'linear';
  if (typeof value === 'string') return value.toLowerCase();
  if (typeof value === 'object') {
    const v = value as Config;
    if (typeof v.config === 'string') return v.config.toLowerCase();
    if (v.config && typeof v.config === 'object' && typeof (v.config as Config).name === 'string' && v.class_name === 'function') {
      return String((v.config as Config).name).toLowerCase();
    }
    if (typeof v.registered_name === 'string') return v.registered_name.toLowerCase();
    if (typeof v.class_name === 'string') return v.class_name.toLowerCase();
  }
  return String(value);
}

/** Keras major version from the file's keras_version ("2.2.4" → 2); 3 when unknown. */
export function kerasMajor(version: string): number {
  const major = Number.parseInt(version, 10);
  return Number.isFinite(major) ? major : 3;
}

/** The weight whose stored name ends with `suffix` (e.g. "kernel"), else the one at `index`. */
export function weight(layer: KerasLayer, suffix: string, index: number) {
  const byName = layer.weights.find((w) => new RegExp(`(^|/)${suffix}(:\\d+)?$`).test(w.name));
  return byName ?? layer.weights[index];
}
