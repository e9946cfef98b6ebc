/**
 * A file's bytes at the base commit: from git when the clone has that commit, otherwise from a remote
 * reader (the action passes the contents API, github/contents.ts). Undefined when it did not exist.
 */
import { GateError } from '../errors.js';
import { limitHint, limitName, MIB } from '../util/limits.js';
import { blobSize, hasCommit, showFile } from './git.js';

/** Reads a file at a commit the clone does not have; undefined when the commit has no such file. */
export type RemoteReader = (sha: string, path: string) => Promise<Buffer | undefined>;

export interface BaseSource {
  cwd: string;
  remote?: RemoteReader;
  /** Larger files are refused before git reads them (modelTooLarge). */
  maxBytes?: number;
}

/** A model version over the max-model-mib limit. */
export function modelTooLarge(path: string, size: number, max: number, version: 'head' | 'base'): GateError {
  return new GateError('bad-model', `the ${version} version is ${(size / MIB).toFixed(1)} MiB, over ${limitName('modelMib', max / MIB)}`, { file: path }, limitHint('modelMib'));
}

export interface BaseFile {
  bytes: Buffer;
  via: 'git' | 'contents API';
}

export function missingBaseError(sha: string, file?: string): GateError {
  return new GateError('usage', `base commit ${sha.slice(0, 7)} is not in the clone and no GitHub API is available`, { file }, 'Check out with `fetch-depth: 0`, or give the action a github-token.');
}

export async function readBaseFile(source: BaseSource, sha: string, path: string): Promise<BaseFile | undefined> {
  if (await hasCommit(source.cwd, sha)) {
    const size = source.maxBytes === undefined ? undefined : await blobSize(source.cwd, sha, path);
    if (size !== undefined && size > source.maxBytes!) throw modelTooLarge(path, size, source.maxBytes!, 'base');
    const bytes = await showFile(source.cwd, sha, path);
    return bytes ? { bytes, via: 'git' } : undefined;
  }
  if (!source.remote) throw missingBaseError(sha, path);
  const bytes = await source.remote(sha, path);
  return bytes ? { bytes, via: 'contents API' } : undefined;
}
