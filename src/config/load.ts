/**
 * Reads the Config from inputs with the config file resolved against a repository root (I/O edge), and
 * refuses paths that cannot work before any model is evaluated: a dataset that does not exist, an output
 * folder that is a file.
 */
import { existsSync, lstatSync } from 'node:fs';
import { checkWritable } from '../util/write-file.js';
import { isAbsolute, join, posix, relative, resolve } from 'node:path';
import { GateError } from '../errors.js';
import { readRegularFile } from '../util/safe-file.js';
import { parseConfig, type ParseOptions } from './parse.js';
import type { Config, InputReader } from './types.js';

const actionLabel = (name: string) => `input "${name}"`;

/** The config file is small: anything larger is not one. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * Reads a config file by path (relative to `root`); undefined when nothing is there. What is there must be a
 * regular file, and one inside `root` when its path is (a pull request controls the repository: a link from
 * there to /proc/self/environ or a device is refused, not read). A config the workflow or the command line
 * names outside the repository is its author's own file, read where it is.
 */
export function fileReaderAt(root: string): (path: string) => string | undefined {
  return (path) => {
    const full = isAbsolute(path) ? path : join(root, path);
    if (!lstatSync(full, { throwIfNoEntry: false })) return undefined;
    const inside = !relative(root, full).startsWith('..') && !isAbsolute(relative(root, full));
    const bytes = readRegularFile({ path: full, name: path, kind: 'usage' }, { root: inside ? root : undefined, maxBytes: MAX_CONFIG_BYTES });
    return new TextDecoder().decode(bytes);
  };
}

/** Where a dataset path (as written in an input or the config file) lives: relative to the repository root. */
export function datasetPath(root: string, dataset: string): string {
  return resolve(root, dataset);
}

/** Each dataset the config names, with who named it: the input, or the config file's key. */
export function namedDatasets(config: Config, read: InputReader, label: (name: string) => string) {
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

/** The error for a dataset named by an input or by the config file (`where` its key). */
export function datasetError(config: Config, named: { input?: string; where?: string }, message: string, hint: string): GateError {
  if (named.input) return new GateError('usage', `${named.input}: ${message}`, {}, hint);
  return new GateError('usage', message, { file: config.configFile, where: named.where }, hint);
}

/** Refuse a config-file dataset path that leaves the repository (absolute, or climbing out with ".."). */
export function checkInsideRepository(config: Config, named: { path: string; input?: string; where?: string }): void {
  if (named.input) return; // the workflow (or the CLI's user) named it: trusted
  const normal = posix.normalize(named.path.replace(/\\/g, '/'));
  if (!isAbsolute(named.path) && !posix.isAbsolute(normal) && normal !== '..' && !normal.startsWith('../')) return;
  throw datasetError(config, named, `"${named.path}" is outside the repository`, 'Dataset paths in the config file are relative to the repository root and stay inside it.');
}

/** Refuse, before any evaluation, a dataset (file or image folder) that does not exist or leaves the repository. */
export function checkDatasets(config: Config, read: InputReader, root: string, label: (name: string) => string = actionLabel): void {
  for (const named of namedDatasets(config, read, label)) {
    checkInsideRepository(config, named);
    const full = datasetPath(root, named.path);
    if (existsSync(full)) continue;
    const hint = 'Dataset paths are relative to the repository root; commit or generate the dataset before the gate runs.';
    // action inputs are repository-relative; CLI flags were resolved from the current folder already
    const inputHint = label === actionLabel ? hint : 'Commit or generate the dataset before the gate runs.';
    throw datasetError(config, named, `"${named.path}" does not exist (looked for ${full})`, named.input ? inputHint : hint);
  }
}

/** Refuse, before any work, an output folder that cannot be written (a missing folder is created later). */
export function checkOutputDir(config: Config, from: string, label: (name: string) => string = actionLabel): void {
  if (!config.outputDir) return;
  if (config.outputDir === '-') throw new GateError('usage', `${label('output-dir')} is "-" (standard output), not a folder`, {}, `Give ${label('output-dir')} a folder (it is created when missing).`);
  const full = resolve(from, config.outputDir);
  if (lstatSync(full, { throwIfNoEntry: false })?.isDirectory() === false && !existsSync(full + '/')) {
    throw new GateError('usage', `${label('output-dir')} names a file, not a folder`, { file: full }, `Give ${label('output-dir')} a folder (it is created when missing).`);
  }
  checkWritable(full, 'folder', { mode: 'replace', what: `${label('output-dir')}`, hint: `Give ${label('output-dir')} a writable folder (it is created when missing).` });
}

/** The Config of a run; in gate mode every dataset it names must exist. */
export function loadConfig(read: InputReader, root: string, label?: ParseOptions['label']): Config {
  const config = parseConfig(read, { readFile: fileReaderAt(root), label });
  if (config.mode === 'gate') checkDatasets(config, read, root, label);
  return config;
}
