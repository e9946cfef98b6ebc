/** The workflow artifact: report.json, report.md and the .tflite variants, uploaded with @actions/artifact. */
import { relative } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';

export interface UploadResult {
  id?: number;
  size?: number;
  files: number;
  /** Files left out: their paths hold a character the artifact service refuses (a model named so by a pull request). */
  skipped: string[];
}

/** Characters the artifact service refuses in a file's path (@actions/artifact's list): one would fail the whole upload. */
const REFUSED_IN_PATH = /[":<>|*?\r\n]/;

/** Upload `files` (absolute paths under `root`) as one artifact named `name`; files the service would refuse are left out. */
export async function uploadFiles(name: string, files: string[], root: string): Promise<UploadResult> {
  const skipped = files.filter((f) => REFUSED_IN_PATH.test(relative(root, f)));
  const kept = files.filter((f) => !skipped.includes(f));
  const client = new DefaultArtifactClient();
  const res = await client.uploadArtifact(name, kept, root, { retentionDays: undefined });
  return { id: res.id, size: res.size, files: kept.length, skipped };
}
