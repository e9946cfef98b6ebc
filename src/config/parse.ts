/**
 * One function turns raw inputs (action inputs or CLI flags, by their kebab-case names) plus an optional
 * .tflite-gate.yml into the typed Config. Precedence: an input that is set, then the file's top level,
 * then built-in defaults; per-model rules from the file apply on top (see ./resolve.ts).
 */
import { GateError } from '../errors.js';
import { parseConfigFile, type ConfigFile } from './file.js';
import { mergeThresholds, readThresholds } from './thresholds.js';
import {
  DEFAULT_CONFIG_FILE,
  DEFAULT_MODELS_GLOB,
  DEFAULT_THRESHOLDS,
  type Config,
  type DataKeys,
  type InputReader,
  type Mode,
} from './types.js';
import { toArtifactName, toBoolean, toChoice, toCommentKey, toInteger, toKeys, toVariants } from './values.js';

export interface ParseOptions {
  /** Reads a config file's text by repository-relative path; undefined when it does not exist. */
  readFile: (path: string) => string | undefined;
  /** How errors name an input: `input "x"` (action, the default) or `--x` (CLI). */
  label?: (name: string) => string;
}

const actionLabel = (name: string) => `input "${name}"`;

function configFile(read: InputReader, opts: ParseOptions, label: (n: string) => string) {
  const named = read('config')?.trim();
  const path = named || DEFAULT_CONFIG_FILE;
  const text = opts.readFile(path);
  if (text === undefined) {
    if (named) throw new GateError('usage', `${label('config')}: file "${named}" not found`, {}, 'Give a path relative to the repository root, or leave the input empty.');
    return { path: undefined, file: undefined };
  }
  return { path, file: parseConfigFile(text, path) };
}

function optional<T>(raw: string | undefined, parse: (raw: string) => T): T | undefined {
  const value = raw?.trim();
  return value ? parse(value) : undefined;
}

function inputKeys(read: InputReader, label: (n: string) => string): DataKeys | undefined {
  const x = optional(read('x-key'), (v) => toKeys(v, label('x-key')));
  const y = optional(read('y-key'), (v) => v);
  return x || y ? { ...(x ? { x } : {}), ...(y ? { y } : {}) } : undefined;
}

export function parseConfig(read: InputReader, opts: ParseOptions): Config {
  const label = opts.label ?? actionLabel;
  const get = (name: string) => read(name)?.trim() || undefined;
  const mode: Mode = toChoice(get('mode') ?? 'gate', label('mode'), ['gate', 'list', 'merge']);
  const { path, file } = configFile(read, opts, label);
  const f: Partial<ConfigFile> = file ?? {};
  return {
    mode,
    models: get('models') ?? DEFAULT_MODELS_GLOB,
    dataset: get('dataset') ?? f.dataset,
    dataKeys: inputKeys(read, label) ?? f.dataKeys,
    preprocessing: f.preprocessing,
    variants: optional(read('variants'), (v) => toVariants(v, label('variants'))) ?? f.variants ?? ['float32', 'float16'],
    thresholds: mergeThresholds(DEFAULT_THRESHOLDS, f.thresholds, readThresholds(get, '', undefined, label)),
    failOn: toChoice(get('fail-on') ?? 'error', label('fail-on'), ['error', 'never']),
    comment: toBoolean(get('comment') ?? 'true', label('comment')),
    commentKey: toCommentKey(get('comment-key') ?? '', label('comment-key')),
    uploadArtifacts: toBoolean(get('upload-artifacts') ?? 'true', label('upload-artifacts')),
    artifactName: toArtifactName(get('artifact-name') ?? 'tflite-gate', label('artifact-name')),
    outputDir: get('output-dir'),
    configFile: path,
    rules: f.rules ?? [],
    githubToken: read('github-token')?.trim() ?? '',
    reports: get('reports') ?? '**/report.json',
    batchSize: optional(read('batch-size'), (v) => toInteger(v, label('batch-size'), undefined, 1)) ?? 1,
    samples: optional(read('samples'), (v) => toInteger(v, label('samples'), undefined, 1)) ?? f.samples,
    latencyRuns: optional(read('latency-runs'), (v) => toInteger(v, label('latency-runs'), undefined, 0)),
    reference: optional(read('reference'), (v) => toBoolean(v, label('reference'))) ?? f.reference ?? false,
    representativeDataset: get('representative-dataset') ?? f.representativeDataset,
  };
}
