/**
 * Trusted settings on pull requests: the config file and every dataset are read as they are at the base
 * commit, never from the pull request's tree, so a pull request cannot loosen its own gate or swap its test
 * set. When the pull request changes them, the run says so at the top of the report, with what the change
 * would do (trustNotices). `trust-pr-config: true` restores reading them from the pull request.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkInsideRepository, datasetError, DEFAULT_CONFIG_FILE, fileReaderAt, namedDatasets, parseConfig, settingsFor,
  type Config, type InputReader,
} from '../config/index.js';
import { settingsChanges } from '../config/diff.js';
import { describeError } from '../errors.js';
import { code } from '../report/format.js';

/** What the run took from the base commit instead of the pull request, for the report's notices. */
export interface TrustInfo {
  baseSha: string;
  configFile: string;
  configChanged: boolean;
  /** The config the pull request's files give, when they differ and are valid. */
  prConfig?: Config;
  /** Why the pull request's config file would not even load. */
  prConfigError?: string;
  /** Datasets (as named) whose content at head differs from the base's, and those the head lacks. */
  changedDatasets: string[];
  deletedDatasets: string[];
}

export interface TrustedSettings {
  config: Config;
  /** Where dataset paths resolve: a copy of the base commit's datasets. */
  datasetRoot: string;
  trust: TrustInfo;
}

export interface BaseReader {
  workspace: string;
  baseSha: string;
  /** A file's text at the base commit, undefined when it has none. */
  readText(path: string): Promise<string | undefined>;
  /** Copy a file or folder as it is at the base commit to `dest`; false when the base has nothing there. */
  copy(path: string, dest: string): Promise<boolean>;
  /** True when two files or folders hold the same bytes. */
  same(a: string, b: string): boolean;
  /** A fresh folder for the base's datasets. */
  scratch: string;
}

function prConfigOf(read: InputReader, workspace: string): Pick<TrustInfo, 'prConfig' | 'prConfigError'> {
  try {
    return { prConfig: parseConfig(read, { readFile: fileReaderAt(workspace) }) };
  } catch (error) {
    return { prConfigError: describeError(error) };
  }
}

/** Copy every dataset the (base) config names from the base commit; note which the pull request changed. */
async function baseDatasets(config: Config, read: InputReader, base: BaseReader): Promise<Pick<TrustInfo, 'changedDatasets' | 'deletedDatasets'>> {
  const changedDatasets: string[] = [];
  const deletedDatasets: string[] = [];
  for (const named of namedDatasets(config, read, (name) => `input "${name}"`)) {
    checkInsideRepository(config, named);
    const copy = join(base.scratch, named.path);
    if (!(await base.copy(named.path, copy))) {
      const hint = 'On pull requests the test set is read at the base commit (a pull request cannot swap its own test set): add it in a pull request of its own first. A shallow clone reads only files that way: an image folder needs `fetch-depth: 0`.';
      throw datasetError(config, named, `"${named.path}" does not exist at the base commit ${base.baseSha.slice(0, 7)}`, hint);
    }
    const head = join(base.workspace, named.path);
    if (!existsSync(head)) deletedDatasets.push(named.path);
    else if (!base.same(copy, head)) changedDatasets.push(named.path);
  }
  return { changedDatasets, deletedDatasets };
}

export async function loadTrustedConfig(read: InputReader, base: BaseReader): Promise<TrustedSettings> {
  const configFile = read('config')?.trim() || DEFAULT_CONFIG_FILE;
  const baseText = await base.readText(configFile);
  const config = parseConfig(read, { readFile: (path) => (path === configFile ? baseText : undefined) });
  const headText = fileReaderAt(base.workspace)(configFile);
  const configChanged = headText !== baseText;
  const trust: TrustInfo = {
    baseSha: base.baseSha, configFile, configChanged,
    ...(configChanged ? prConfigOf(read, base.workspace) : {}),
    ...(await baseDatasets(config, read, base)),
  };
  return { config, datasetRoot: base.scratch, trust };
}

/** What the pull request's config would change for each model checked (and run-wide), as list items. */
function configDiff(info: TrustInfo, config: Config, models: string[]): string[] {
  const pr = info.prConfig!;
  const items: string[] = [];
  if (config.variants.join() !== pr.variants.join()) items.push(`- run-wide: \`variants\` ${config.variants.join(', ')} → ${pr.variants.join(', ')}`);
  for (const model of models) {
    const changes = settingsChanges(settingsFor(config, model), settingsFor(pr, model));
    if (changes.length) items.push(`- ${code(model)}: ${changes.join('; ')}`);
  }
  return items;
}

function configNotice(info: TrustInfo, config: Config, models: string[]): string {
  const file = code(info.configFile);
  const lead = `This pull request changes ${file}. The gate used the version of the base commit \`${info.baseSha.slice(0, 7)}\` (a pull request cannot change its own gate); the change applies once merged.`;
  if (info.prConfigError) return `${lead} The pull request's version would not load: ${info.prConfigError.replace(/\s*\n\s*/g, ' — ')}`;
  const items = configDiff(info, config, models);
  if (!items.length) return `${lead} For the models checked here, the pull request's version changes no setting.`;
  return `${lead} With the pull request's version:\n${items.join('\n')}`;
}

/** The notices for the top of the report: what was taken from the base instead of the pull request. */
export function trustNotices(info: TrustInfo, config: Config, models: string[]): string[] {
  const notices: string[] = [];
  if (info.configChanged) notices.push(configNotice(info, config, models));
  const base = `\`${info.baseSha.slice(0, 7)}\``;
  for (const d of info.changedDatasets) notices.push(`This pull request changes the test set ${code(d)}. The version of the base commit ${base} was used; the change applies once merged.`);
  for (const d of info.deletedDatasets) notices.push(`This pull request deletes the test set ${code(d)}. The version of the base commit ${base} was used.`);
  return notices;
}
