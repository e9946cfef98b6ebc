/**
 * Error annotations on model files: one per threshold breach, per model that could not be evaluated and per
 * check that could not be made.
 * main.ts emits them (core.error with file and title); the runner shows them on the PR's files.
 */
import type { Verdict } from '../results/types.js';

export interface Annotation {
  /** The model file; undefined for a run-wide problem (a glob that matches no file). */
  file?: string;
  title: string;
  message: string;
}

export function annotationsFor(verdict: Verdict): Annotation[] {
  return [
    ...verdict.breaches.map((b) => ({ file: b.model, title: `tflite-gate: ${b.threshold}`, message: b.message })),
    ...verdict.errors.map((e) => ({ file: e.model, title: 'tflite-gate: model could not be evaluated', message: e.message })),
    ...(verdict.unchecked ?? []).map((u) => ({ file: u.model, title: `tflite-gate: ${u.check} cannot be checked`, message: u.message })),
  ];
}
