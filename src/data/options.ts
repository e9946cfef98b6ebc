import type { Preprocessing } from './fit.js';

/** Dataset options shared by the CLI (flags) and the action (inputs), parsed once by config/data-options.ts. */
export interface DataOptions extends Preprocessing {
  /** .npz keys of the model inputs, in model input order (--x-key a,b; default ["x"]). */
  xKeys: string[];
  /** .npz key of the labels (--y-key; default "y"). */
  yKey: string;
  /** True when --y-key was given: the key must then exist. */
  yKeyExplicit: boolean;
  samples?: number;
  seed?: number;
  /** CSV label column: a header name, or a 0-based index when all digits (default: the last column). */
  labelColumn?: string | number;
}
