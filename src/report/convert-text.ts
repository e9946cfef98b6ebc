/** What `tflite-gate convert` wrote: one line per variant, or the same as JSON (`--json`). */
import { thousands } from './inspect-text.js';

export interface ConvertSummary {
  variants: { variant: string; path: string; bytes: number; operators: Record<string, number>; seconds: number; quantization?: string[] }[];
  notes: string[];
  createdDir?: string;
}

/** "OUT.tflite: float32, 7 ops (CONV_2D 2, …), 53,776 bytes, 0.30 s", then the folder created and notes (not with quiet). */
export function renderConvert(summary: ConvertSummary, quiet: boolean): string {
  const ops = (o: Record<string, number>) => Object.entries(o).map(([t, n]) => `${t} ${n}`).join(', ');
  const count = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  return [
    ...summary.variants.flatMap((v) => [`${v.path}: ${v.variant}, ${count(v.operators)} ops (${ops(v.operators)}), ${thousands(v.bytes)} bytes, ${v.seconds.toFixed(2)} s`,
      ...(v.quantization ?? []).map((l) => `  ${l}`)]),
    ...(quiet ? [] : [...(summary.createdDir ? [`created the folder ${summary.createdDir}`] : []), ...summary.notes.map((n) => `note: ${n}`)]),
  ].map((line) => `${line}\n`).join('');
}
