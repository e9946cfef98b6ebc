/**
 * Size and graph statistics of one .tflite variant: file and gzip bytes, and from the graph (src/metrics/
 * model-stats): parameters, weight bytes by dtype, operator histogram, MACs and tensor arena.
 */
import { gzipSync } from 'node:zlib';
import { GateError } from '../errors.js';
import { modelStats } from '../metrics/model-stats.js';
import { readTfliteModel } from '../tflite/reader.js';
import type { VariantResult } from '../results/types.js';

export type VariantStats = Pick<VariantResult, 'size' | 'ops' | 'macs' | 'arenaBytes'>;

/** Statistics of the file; graph figures are NaN (with a note) for files our reader does not cover. */
export function variantStats(bytes: Uint8Array, file: string, notes: string[]): VariantStats {
  const fileBytes = bytes.byteLength;
  const gzipBytes = gzipSync(bytes, { level: 9 }).byteLength;
  try {
    const stats = modelStats(readTfliteModel(bytes, file).graph);
    return {
      size: { fileBytes, gzipBytes, params: stats.params, weightBytesByDtype: stats.constantBytesByDtype },
      ops: stats.ops,
      macs: stats.macs,
      arenaBytes: stats.arenaBytes,
    };
  } catch (error) {
    if (!(error instanceof GateError)) throw error;
    notes.push(`no graph statistics (params, MACs, arena): ${error.message}`);
    return { size: { fileBytes, gzipBytes, params: NaN, weightBytesByDtype: {} }, ops: {}, macs: NaN, arenaBytes: NaN };
  }
}
