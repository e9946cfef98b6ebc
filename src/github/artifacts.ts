/** The workflow artifact: report.json, report.md and the .tflite variants, uploaded with @actions/artifact. */
import { DefaultArtifactClient } from '@actions/artifact';

export interface UploadResult {
  id?: number;
  size?: number;
  files: number;
}

/** Upload `files` (absolute paths under `root`) as one artifact named `name`. */
export async function uploadFiles(name: string, files: string[], root: string): Promise<UploadResult> {
  const client = new DefaultArtifactClient();
  const res = await client.uploadArtifact(name, files, root, { retentionDays: undefined });
  return { id: res.id, size: res.size, files: files.length };
}
