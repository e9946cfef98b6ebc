/**
 * Every setting of tflite-gate, defined once: its name, value, default, validator and help text. The CLI's
 * flags and --help (cli/flags.ts), the action's inputs (action.yml and docs/action.md's table, kept in step by
 * `npx tsx scripts/action-inputs.ts --write`, checked by __tests__/config/action-yml.test.ts), and the keys of
 * .tflite-gate.yml (./file.ts) are all read from this table.
 *
 * To add a setting: add one entry below, then
 *   1. `in`: the CLI commands that take it (a flag) and 'action' (an action input); `file` for a
 *      .tflite-gate.yml key (top level and/or per-model rule, optionally in the thresholds/preprocessing group);
 *   2. `value`: the metavariable shown in help (PATH, N, LIST); leave it out for a switch (true/false);
 *   3. `parse`: a validator from ./values.ts (add one there if none fits; never validate in a command);
 *   4. `default`: the value when nobody sets it (help and action.yml show it), with `shown` if it reads badly;
 *   5. read it where it is used: `flags.value('name')` in a command, `inputValue`/file values in ./parse.ts;
 *   6. for an action input, run `npx tsx scripts/action-inputs.ts --write` to update action.yml and the
 *      inputs table of docs/action.md.
 * Names are kebab-case; the CLI accepts snake_case too (--keras_model_file).
 */
import { VARIANTS, toArtifactName, toBoolean, toChoice, toColumn, toCommentKey, toInteger, toKey, toKeys, toNumber, toNumbers, toText, toVariants, type Parse } from './values.js';
import type { VariantName } from '../results/types.js';
import { LIMITS, type Limits } from '../util/limits.js';

export type CommandName = 'convert' | 'inspect' | 'evaluate' | 'gate';
/** Where a setting is taken: a CLI command's flags, or the action's inputs. */
export type Scope = CommandName | 'action';

/** A .tflite-gate.yml key: at the top level, in each models[] rule, or both; possibly inside a group. */
export interface FileKey {
  top?: boolean;
  rule?: boolean;
  group?: 'thresholds' | 'preprocessing';
}

export interface Setting<T = unknown> {
  /** kebab-case: `--name` on the CLI, the input `name` in action.yml, the key `name` in .tflite-gate.yml. */
  name: string;
  /** The value's metavariable in help (PATH, N, LIST); absent for a switch. */
  value?: string;
  /** One line of help (CLI); action.yml's description is this plus `more`. */
  help: string;
  /** More for action.yml only (what the CLI says elsewhere, e.g. which mode reads it). */
  more?: string;
  parse: Parse<T>;
  default?: T;
  /** How the default reads in help, when String(default) does not. */
  shown?: string;
  in: Scope[];
  file?: FileKey;
  /** CLI: given more than once, every value is kept in order (otherwise twice is an error). */
  multiple?: boolean;
  /** The default is only tried (a missing default config file is no error), so action.yml does not declare it. */
  tried?: boolean;
  /** CLI: a one-letter alias. */
  short?: string;
  /** CLI: settings that cannot be given together with this one, and why. */
  conflicts?: Record<string, string>;
}

const setting = <T>(s: Setting<T>): Setting<T> => s;
const text: Parse<string> = (raw, name, file) => toText(raw, name, file);
const int = (min: number, max?: number): Parse<number> => (raw, name, file) => toInteger(raw, name, file, min, max);
const number = (min: number): Parse<number> => (raw, name, file) => toNumber(raw, name, file, min);
const EVAL: Scope[] = ['evaluate', 'gate', 'action'];
/** Dataset flags that also preprocess convert's calibration data (--representative-dataset). */
const DATA: Scope[] = ['convert', ...EVAL];
/** A resource limit: a whole number >= 1, named and defaulted by util/limits.ts. */
const limit = (key: keyof Limits, value: string, help: string, scopes: Scope[]): Setting<number> =>
  setting({ name: LIMITS[key].name, value, help, parse: int(1), default: LIMITS[key].default, in: scopes });
const BOTH = { top: true, rule: true };

/** The table. Keys are ids (usually the name; two settings may share a name in different scopes). */
export const SETTINGS = {
  // --- what to gate (action and `gate`)
  models: setting({ name: 'models', value: 'GLOB', help: 'model files to gate (repository-relative); only changed ones are evaluated', parse: text, default: '**/*.{h5,keras,onnx}', in: ['gate', 'action'] }),
  base: setting({ name: 'base', value: 'REF', help: 'the git ref to compare with', parse: text, default: 'HEAD', in: ['gate'] }),
  config: setting({ name: 'config', value: 'PATH', help: 'per-model rules: dataset, preprocessing, thresholds by model glob', parse: text, default: '.tflite-gate.yml', shown: '.tflite-gate.yml when present', tried: true, in: ['gate', 'action'] }),
  // --- the model (CLI)
  'model-file': setting({ name: 'model-file', value: 'PATH', help: 'the model: Keras (.h5 from model.save, or .keras) or ONNX (.onnx, external data files beside it), told apart by content', parse: text, in: ['convert'] }),
  'keras-model-file': setting({ name: 'keras-model-file', value: 'PATH', help: 'the same, under the TFLite converter\'s name (takes ONNX files too)', parse: text, in: ['convert'], conflicts: { 'model-file': 'give the model once: --model-file or --keras-model-file' } }),
  'output-file': setting({ name: 'output-file', value: 'PATH', help: 'the .tflite to write (atomically; nothing is written on error)', parse: text, in: ['convert'] }),
  model: setting({ name: 'model', value: 'PATH', help: 'the model (.h5, .keras, .onnx or .tflite); twice to compare two models', parse: text, in: ['evaluate'], multiple: true }),
  float16: setting({ name: 'float16', help: 'write the float16 variant (float16 weights + DEQUANTIZE) instead of float32', parse: toBoolean, in: ['convert'], conflicts: { both: '--both already writes the float16 variant beside the float32 one' } }),
  both: setting({ name: 'both', help: 'write float32 to --output-file and float16 beside it (.float16.tflite)', parse: toBoolean, in: ['convert'] }),
  quantize: setting<'dynamic' | 'int8' | 'float16'>({ name: 'quantize', value: 'MODE', help: 'dynamic: int8 weights, float activations (optimizations=[DEFAULT]); int8: full integer, calibrated on --representative-dataset; float16: as --float16', parse: (r, n, f) => toChoice(r, n, ['dynamic', 'int8', 'float16'] as const, f), in: ['convert'] }),
  'inference-type': setting<'int8' | 'uint8' | 'float32'>({ name: 'inference-type', value: 'TYPE', help: 'int8 or uint8: the int8 model\'s own inputs/outputs are integer (default float32: QUANTIZE/DEQUANTIZE at the ends)', parse: (r, n, f) => toChoice(String(r).toLowerCase(), n, ['int8', 'uint8', 'float32'] as const, f), in: ['convert'] }),
  'input-batch-size': setting({ name: 'batch-size', value: 'N', help: 'batch size of the model inputs', parse: int(1), default: 1, in: ['convert'] }),
  nhwc: setting({ name: 'nhwc', help: 'ONNX: rank-4 inputs and outputs NHWC (image folders, per-channel --mean/--std on the last axis) instead of the model\'s NCHW', parse: toBoolean, in: ['convert', 'evaluate'], file: { rule: true } }),
  'dynamic-batch': setting({ name: 'dynamic-batch', help: 'mark the batch dimension as dynamic (-1 in shape signatures)', parse: toBoolean, in: ['convert'] }),
  'sequence-length': setting({ name: 'sequence-length', value: 'N', help: 'fix variable-length (None) input dimensions to N (recurrent models)', parse: int(1), in: ['convert', 'evaluate'], file: { rule: true } }),
  unroll: setting({ name: 'unroll', help: 'write recurrent layers unrolled (one copy of the cell per time step) instead of one WHILE loop each', parse: toBoolean, in: ['convert'] }),
  // --- the dataset
  dataset: setting({ name: 'dataset', value: 'PATH', help: 'test set: .npz/.npy, IDX, CSV, or a folder of class sub-folders with images', more: 'Without one, size, operators, MACs, memory and latency are still compared.', parse: text, in: EVAL, file: BOTH }),
  'x-key': setting({ name: 'x-key', value: 'K[,K2]', help: '.npz keys of the model inputs, in model input order', parse: toKeys, default: ['x'], shown: 'x', in: DATA, file: BOTH }),
  'y-key': setting({ name: 'y-key', value: 'K', help: '.npz key of the labels; must exist when given', parse: toKey, default: 'y', in: EVAL, file: BOTH }),
  scale: setting({ name: 'scale', value: 'S', help: "input' = input * S + offset (e.g. 1/255)", more: "The scale, offset, mean and std inputs override the config file's top-level preprocessing.", parse: number(-Infinity), in: DATA, file: { ...BOTH, group: 'preprocessing' } }),
  offset: setting({ name: 'offset', value: 'O', help: 'added after the scale (e.g. -1)', parse: number(-Infinity), in: DATA, file: { ...BOTH, group: 'preprocessing' } }),
  mean: setting({ name: 'mean', value: 'M[,..]', help: "then (input' - mean) / std, per channel", parse: (r, n, f) => toNumbers(r, n, f), in: DATA, file: { ...BOTH, group: 'preprocessing' } }),
  std: setting({ name: 'std', value: 'S[,..]', help: 'per-channel divisor after the mean (no 0)', parse: (r, n, f) => toNumbers(r, n, f, true), in: DATA, file: { ...BOTH, group: 'preprocessing' } }),
  'label-column': setting({ name: 'label-column', value: 'C', help: 'CSV label column: name or 0-based index (default the last)', parse: toColumn, in: ['convert', 'evaluate'] }),
  samples: setting({ name: 'samples', value: 'N', help: 'evaluate at most this many samples per model (the first ones, or a random subset with a seed)', parse: int(1), in: EVAL, file: BOTH }),
  seed: setting({ name: 'seed', value: 'N', help: 'seed of the random subset of samples (only with samples)', parse: int(0, 0xffffffff), in: EVAL, file: BOTH }),
  'representative-dataset': setting({ name: 'representative-dataset', value: 'PATH', help: 'calibration data of the int8 variant (any dataset format, preprocessed like the test set)', more: 'Default: 200 seeded samples of the test set, left out of every figure.', parse: text, in: ['convert', 'evaluate', 'gate', 'action'], file: BOTH }),
  'representative-samples': setting({ name: 'representative-samples', value: 'N', help: 'int8 calibration samples (a seeded random subset)', parse: int(1), default: 200, in: ['convert', 'evaluate'] }),
  // --- how to evaluate
  variants: setting<VariantName[]>({ name: 'variants', value: 'LIST', help: `comma-separated variants, float32 first, of ${VARIANTS.join(', ')}`, parse: toVariants, default: ['float32', 'float16'], shown: 'float32,float16', in: EVAL, file: { top: true } }),
  'latency-runs': setting({ name: 'latency-runs', value: 'N', help: 'timed single-thread runs per variant; 0 skips latency', parse: int(0), default: 100, in: EVAL }),
  workers: setting({ name: 'workers', value: 'N', help: 'worker threads for the dataset (default: cores, at most 4; none for small work)', parse: int(1), in: ['evaluate'] }),
  'per-class': setting({ name: 'per-class', help: 'print every class\'s accuracy (classification), per variant', parse: toBoolean, in: ['evaluate'] }),
  reference: setting({ name: 'reference', help: 'also run the source Keras model (tfjs): its accuracy and the conversion loss', parse: toBoolean, default: false, in: EVAL, file: BOTH }),
  // --- thresholds (gate)
  'max-accuracy-drop': setting({ name: 'max-accuracy-drop', value: 'PP', help: 'largest top-1 accuracy drop in percentage points, each variant vs float32 and head vs base', parse: number(0), default: 1, in: ['gate', 'action'], file: { ...BOTH, group: 'thresholds' } }),
  'max-int8-accuracy-drop': setting({ name: 'max-int8-accuracy-drop', value: 'PP', help: 'the dynamic and int8 variants\' own limit on the accuracy drop vs float32 (default max-accuracy-drop)', parse: number(0), in: ['gate', 'action'], file: { ...BOTH, group: 'thresholds' } }),
  'max-size-increase': setting({ name: 'max-size-increase', value: 'PCT', help: 'largest .tflite size increase in percent, head vs base, per variant', parse: number(0), default: 10, in: ['gate', 'action'], file: { ...BOTH, group: 'thresholds' } }),
  'max-latency-increase': setting({ name: 'max-latency-increase', value: 'PCT', help: 'largest p50 latency increase in percent, head vs base, breached when the whole 95% confidence interval is past it', parse: number(0), default: 25, in: ['gate', 'action'], file: { ...BOTH, group: 'thresholds' } }),
  'max-output-diff': setting({ name: 'max-output-diff', value: 'X', help: 'largest absolute output difference of a variant vs float32; off unless set', parse: number(0), in: ['gate', 'action'], file: { ...BOTH, group: 'thresholds' } }),
  'fail-on': setting<'error' | 'never'>({ name: 'fail-on', value: 'error|never', help: 'error: fail on any breach or unreadable model; never: report only', parse: (r, n, f) => toChoice(r, n, ['error', 'never'] as const, f), default: 'error', in: ['gate', 'action'] }),
  // --- outputs
  'output-dir': setting({ name: 'output-dir', value: 'DIR', help: 'folder for the .tflite variants (and the gate\'s report.json and report.md)', more: 'Default $RUNNER_TEMP/tflite-gate, or tflite-gate-release in the workspace on a release event.', parse: text, in: EVAL }),
  json: setting({ name: 'json', value: 'PATH', help: 'write the full result as JSON there', parse: text, in: ['evaluate', 'gate'] }),
  'json-stdout': setting({ name: 'json', help: 'print the result as JSON instead of text', parse: toBoolean, in: ['convert', 'inspect'] }),
  markdown: setting({ name: 'markdown', value: 'PATH', help: 'write the markdown report there', parse: text, in: ['gate'] }),
  // --- the action only
  comment: setting({ name: 'comment', help: 'post or update one sticky comment on the pull request', parse: toBoolean, default: true, in: ['action'] }),
  'comment-key': setting({ name: 'comment-key', value: 'KEY', help: 'tells several gates on one pull request apart; each key has its own comment', parse: toCommentKey, default: '', in: ['action'] }),
  'upload-artifacts': setting({ name: 'upload-artifacts', help: 'upload report.json, report.md and the .tflite variants as a workflow artifact', parse: toBoolean, default: true, in: ['action'] }),
  'artifact-name': setting({ name: 'artifact-name', value: 'NAME', help: 'name of the workflow artifact (use a distinct one per matrix job)', parse: toArtifactName, default: 'tflite-gate', in: ['action'] }),
  'github-token': setting({ name: 'github-token', value: 'TOKEN', help: "token for the pull request's files and the comment (needs pull-requests write to comment)", more: "The comment is looked up only among those written by this token's own login (GraphQL viewer; github-actions[bot] when it cannot be learnt).", parse: (raw) => String(raw).trim(), default: '', shown: '${{ github.token }}', in: ['action'] }),
  mode: setting<'gate' | 'list' | 'merge'>({ name: 'mode', value: 'MODE', help: 'which job: gate (evaluate and judge), list (the changed models as a matrix-ready JSON array), or merge (combine the report.json files of matrix jobs into one comment and verdict)', parse: (r, n, f) => toChoice(r, n, ['gate', 'list', 'merge'] as const, f), default: 'gate', in: ['action'] }),
  reports: setting({ name: 'reports', value: 'GLOB', help: 'merge mode only: glob of report.json files to combine (after actions/download-artifact)', parse: text, default: '**/report.json', in: ['action'] }),
  'trust-pr-config': setting({
    name: 'trust-pr-config',
    help: 'pull requests: read the config file and test sets from the pull request, not from the base commit',
    more: 'Unsafe with pull requests from forks or untrusted authors: a pull request could then loosen its own gate or swap its test set. By default both are read at the base commit, and a change to them is reported and applies once merged.',
    parse: toBoolean, default: false, in: ['action'],
  }),
  'batch-size': setting({ name: 'batch-size', value: 'N', help: 'list mode only: models per matrix entry (entries are globs for the models input)', parse: int(1), default: 1, in: ['action'] }),
  // --- resource limits (util/limits.ts names them and gives their defaults; a larger input is refused)
  'max-model-mib': limit('modelMib', 'MIB', 'largest model file read (head, base, Git LFS object), in MiB', ['convert', 'inspect', ...EVAL]),
  'max-dataset-mib': limit('datasetMib', 'MIB', 'largest dataset read, in MiB (one file, an image folder\'s files together, what an .npz inflates to)', EVAL),
  'max-image-pixels': limit('imagePixels', 'N', 'largest image of an image-folder dataset, width x height, read from its header before decoding', EVAL),
  'max-csv-line-kib': limit('csvLineKib', 'KIB', 'longest line of a CSV dataset, in KiB', EVAL),
  'max-config-depth': limit('configDepth', 'N', 'deepest nesting of a model configuration (JSON levels, nested models, HDF5 groups)', ['convert', ...EVAL]),
  'model-timeout-seconds': limit('modelSeconds', 'S', 'longest time one model (head and base) may take; past it the model is reported as timed out', ['gate', 'action']),
  // --- every command
  quiet: setting({ name: 'quiet', short: 'q', help: 'no progress or informational lines on stderr (errors and results still)', parse: toBoolean, in: ['convert', 'evaluate', 'gate'] }),
} as const;

export type SettingId = keyof typeof SETTINGS;
export type SettingValue<K extends SettingId> = (typeof SETTINGS)[K] extends Setting<infer T> ? T : never;

/** The settings a scope takes, in table order. */
export function settingsIn(scope: Scope): [SettingId, Setting][] {
  return (Object.entries(SETTINGS) as [SettingId, Setting][]).filter(([, s]) => s.in.includes(scope));
}

/** The default of a setting as help and action.yml show it. */
export function shownDefault(s: Setting): string | undefined {
  if (s.shown !== undefined) return s.shown;
  if (s.default === undefined || s.default === false || s.default === '') return undefined;
  return Array.isArray(s.default) ? s.default.join(',') : String(s.default);
}

/** The built-in default of a setting. */
export function defaultOf<K extends SettingId>(id: K): SettingValue<K> | undefined {
  return (SETTINGS[id] as Setting).default as SettingValue<K> | undefined;
}

/** The setting's value from a raw one, or undefined when it is blank (not given). */
export function parseGiven<K extends SettingId>(id: K, raw: unknown, name: string, file?: string): SettingValue<K> | undefined {
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return undefined;
  return (SETTINGS[id] as Setting).parse(typeof raw === 'string' ? raw.trim() : raw, name, file) as SettingValue<K>;
}
