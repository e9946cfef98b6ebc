/**
 * ONNX external data in the gate: the files a model's weights sit in (named relative to its folder) are read
 * with the model — the head's from the workspace, the base's from git at the base commit — under the same
 * rules as on disk (model's folder only, no "..", no absolute path, no symbolic link, the model size limit in
 * all). A change to those files alone changes the model, so such a model is listed as modified.
 */
import { posix } from 'node:path';
import { GateError } from '../errors.js';
import { onnxExternalFiles } from '../onnx/index.js';
import { checkLocation, type ExternalFiles } from '../pipeline/onnx-external.js';
import type { ChangedModel } from './changes.js';
import { limitHint, limitName, MIB } from '../util/limits.js';

/** Reads one external data file by its repository path; undefined when that version has no such file. */
export type ExternalFileReader = (repoPath: string) => Promise<Uint8Array | undefined>;

const repoPathOf = (model: string, location: string) => posix.join(posix.dirname(model), location);

/** The external data files of one version of `model` (undefined: it names none); a missing file is left to the reader's error. */
export async function readExternalFiles(model: string, bytes: Uint8Array, read: ExternalFileReader, maxBytes: number): Promise<ExternalFiles | undefined> {
  const locations = onnxExternalFiles(bytes, model);
  if (locations.length === 0) return undefined;
  const files = new Map<string, Uint8Array>();
  let total = 0;
  for (const location of locations) {
    checkLocation(location, `external data of ${model}`);
    const data = await read(repoPathOf(model, location));
    if (!data) continue;
    total += data.byteLength;
    if (total > maxBytes) throw new GateError('bad-model', `its external data files are over ${limitName('modelMib', maxBytes / MIB)} in all`, { file: model }, limitHint('modelMib'));
    files.set(location, data);
  }
  return files;
}

/**
 * The ONNX models (among `candidates`, not already listed as changed) whose external data is among the `changed`
 * repository paths: modified. Only models with a changed file in their folder are read.
 */
export async function externalDataChanges(listed: readonly ChangedModel[], candidates: readonly string[], changed: ReadonlySet<string>, readHead: (path: string) => Promise<Uint8Array>): Promise<ChangedModel[]> {
  const known = new Set(listed.filter((m) => m.status !== 'unchanged').map((m) => m.path));
  const folders = new Set([...changed].map((p) => posix.dirname(p)));
  const inFolder = (model: string) => [...folders].some((f) => f === posix.dirname(model) || f.startsWith(`${posix.dirname(model)}/`) || posix.dirname(model) === '.');
  const out: ChangedModel[] = [];
  for (const model of candidates.filter((p) => !known.has(p) && inFolder(p))) {
    let locations: string[];
    try {
      locations = onnxExternalFiles(await readHead(model), model);
    } catch {
      continue; // an unreadable model that did not change is not this run's business
    }
    if (locations.some((l) => changed.has(repoPathOf(model, l)))) out.push({ path: model, status: 'modified' });
  }
  return out;
}
