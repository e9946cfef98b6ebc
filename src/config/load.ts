/**
 * Reads the Config from inputs with the config file resolved against a repository root (I/O edge), and
 * refuses paths that cannot work before any model is evaluated: a dataset that does not exist, an output
 * folder that is a file.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { GateError } from '../errors.js';
import { parseConfig, type ParseOptions } from './parse.js';
import type { Config, InputReader } from './types.js';

const actionLabel = (name: string) => `input "${name}"`;

export function fileReaderAt(root: string): (path: string) => string | undefined {
  return (path) => {
    const full = isAbsolute(path) ? path : join(root, path);
    if (!existsSync(full) || !statSync(full).isFile()) return undefined;
    return readFileSync(full, 'utf8');
  };
}

/** Where a dataset path (as written in an input or the config file) lives: relative to the repository root. */
export function datasetPath(root: string, dataset: string): string {
  return resolve(root, dataset);
}

/** Each dataset the config names, with who named it: the input, or the config file's key. */
function namedDatasets(config: Config, read: InputReader, label: (name: string) => string) {
  const named: { path: string; input?: string; where?: string }[] = [];
  if (config.dataset) named.push(read('dataset')?.trim() ? { path: config.dataset, input: label('dataset') } : { path: config.dataset, where: 'dataset' });
  if (config.representativeDataset) {
    named.push(read('representative-dataset')?.trim()
      ? { path: config.representativeDataset, input: label('representative-dataset') }
      : { path: config.representativeDataset, where: 'representative-dataset' });
  }
  config.rules.forEach((rule, i) => {
    if (rule.dataset) named.push({ path: rule.dataset, where: `models[${i}].dataset` });
    if (rule.representativeDataset) named.push({ path: rule.representativeDataset, where: `models[${i}].representative-dataset` });
  });
  return named;
}

/** Refuse, before any evaluation, a dataset (file or image folder) that does not exist. */
export function checkDatasets(config: Config, read: InputReader, root: string, label: (name: string) => string = actionLabel): void {
  for (const { path, input, where } of namedDatasets(config, read, label)) {
    const full = datasetPath(root, path);
    if (existsSync(full)) continue;
    const message = `"${path}" does not exist (looked for ${full})`;
    const hint = 'Dataset paths are relative to the repository root; commit or generate the dataset before the gate runs.';
    // action inputs are repository-relative; CLI flags were resolved from the current folder already
    if (input) throw new GateError('usage', `${input}: ${message}`, {}, label === actionLabel ? hint : 'Commit or generate the dataset before the gate runs.');
    throw new GateError('usage', message, { file: config.configFile, where }, hint);
  }
}

/** Refuse an output folder that names an existing file (a missing folder is created later). */
export function checkOutputDir(config: Config, from: string, label: (name: string) => string = actionLabel): void {
  if (!config.outputDir) return;
  const full = resolve(from, config.outputDir);
  if (statSync(full, { throwIfNoEntry: false })?.isDirectory() === false) {
    throw new GateError('usage', `${label('output-dir')} names a file, not a folder`, { file: full }, `Give ${label('output-dir')} a folder (it is created when missing).`);
  }
}

/** The Config of a run; in gate mode every dataset it names must exist. */
export function loadConfig(read: InputReader, root: string, label?: ParseOptions['label']): Config {
  const config = parseConfig(read, { readFile: fileReaderAt(root), label });
  if (config.mode === 'gate') checkDatasets(config, read, root, label);
  return config;
}
