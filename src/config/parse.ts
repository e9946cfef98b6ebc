/**
 * One function turns raw inputs (action inputs or CLI flags, by their kebab-case names) plus an optional
 * .tflite-gate.yml into the typed Config. Precedence: an input that is set, then the file's top level,
 * then the built-in defaults of ./settings.ts; per-model rules from the file apply on top (./resolve.ts).
 */
import { GateError } from '../errors.js';
import { parseConfigFile, type ConfigFile } from './file.js';
import { defaultOf, parseGiven, SETTINGS, type SettingId, type SettingValue } from './settings.js';
import { defaultThresholds, mergeThresholds, readThresholds } from './thresholds.js';
import type { Config, DataKeys, InputReader, Preprocessing } from './types.js';
import { readLimits } from './limits.js';

export interface ParseOptions {
  /** Reads a config file's text by repository-relative path; undefined when it does not exist. */
  readFile: (path: string) => string | undefined;
  /** How errors name an input: `input "x"` (action, the default) or `--x` (CLI). */
  label?: (name: string) => string;
}

const actionLabel = (name: string) => `input "${name}"`;

/** A reader of typed inputs: the parsed value of a setting that is set, else undefined. */
type Inputs = <K extends SettingId>(id: K) => SettingValue<K> | undefined;

/** The config file a run reads: the `config` input, else the default (read when present). */
export function configPath(read: InputReader): string {
  return (parseGiven('config', read(SETTINGS.config.name), SETTINGS.config.name) as string | undefined) ?? (defaultOf('config') as string);
}

function configFile(input: Inputs, opts: ParseOptions, label: (n: string) => string) {
  const named = input('config');
  const path = named ?? (defaultOf('config') as string);
  const text = opts.readFile(path);
  if (text === undefined) {
    const where = label === actionLabel ? 'relative to the repository root' : 'relative to the current folder';
    if (named) throw new GateError('usage', `${label('config')}: file "${named}" not found`, {}, `Give a path ${where}, or leave it out.`);
    return { path: undefined, file: undefined };
  }
  return { path, file: parseConfigFile(text, path) };
}

function inputKeys(input: Inputs): DataKeys | undefined {
  const x = input('x-key');
  const y = input('y-key');
  return x || y ? { ...(x ? { x } : {}), ...(y ? { y } : {}) } : undefined;
}

/** Preprocessing inputs override the file's top level field by field. */
function preprocessing(input: Inputs, file: Preprocessing | undefined): Preprocessing | undefined {
  const given: Preprocessing = {};
  for (const key of ['scale', 'offset'] as const) if (input(key) !== undefined) given[key] = input(key);
  for (const key of ['mean', 'std'] as const) if (input(key) !== undefined) given[key] = input(key);
  return file || Object.keys(given).length ? { ...file, ...given } : undefined;
}

export function parseConfig(read: InputReader, opts: ParseOptions): Config {
  const label = opts.label ?? actionLabel;
  const input: Inputs = (id) => parseGiven(id, read(SETTINGS[id].name), label(SETTINGS[id].name));
  const value = <K extends SettingId>(id: K, fromFile?: SettingValue<K>) => (input(id) ?? fromFile ?? defaultOf(id)) as SettingValue<K>;
  const mode = value('mode');
  const { path, file } = configFile(input, opts, label);
  const f: Partial<ConfigFile> = file ?? {};
  const given = readThresholds(read, '', undefined, label);
  return {
    mode,
    models: value('models'),
    dataset: value('dataset', f.dataset),
    dataKeys: inputKeys(input) ?? f.dataKeys,
    preprocessing: preprocessing(input, f.preprocessing),
    variants: value('variants', f.variants),
    thresholds: mergeThresholds(defaultThresholds(), f.thresholds, given),
    requestedThresholds: mergeThresholds(f.thresholds, given),
    failOn: value('fail-on'),
    comment: value('comment'),
    commentKey: value('comment-key'),
    uploadArtifacts: value('upload-artifacts'),
    artifactName: value('artifact-name'),
    outputDir: input('output-dir'),
    configFile: path,
    rules: f.rules ?? [],
    githubToken: read('github-token')?.trim() ?? '',
    reports: value('reports'),
    batchSize: value('batch-size'),
    samples: value('samples', f.samples),
    seed: value('seed', f.seed),
    latencyRuns: value('latency-runs'),
    reference: value('reference', f.reference),
    representativeDataset: value('representative-dataset', f.representativeDataset),
    limits: readLimits(value),
    trustPrConfig: value('trust-pr-config'),
  };
}
