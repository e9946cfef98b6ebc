/**
 * The one error for every layer a model cannot convert: layers grouped by class and reason, a few names per
 * group ("and N more"), listed once, and a hint that fits why each group was refused (Python code in the
 * model, a custom class, a built-in Keras layer the converter does not handle yet, unsupported settings,
 * an incomplete file).
 */
import { GateError } from '../errors.js';
import { isKerasBuiltIn } from './keras-builtins.js';
import { handlerFor, MODEL_CLASSES } from './registry.js';

/** One refused layer, as src/convert/check.ts finds them. */
export interface RefusedLayer {
  path: string;
  className: string;
  reason: string;
  hint?: string;
}

type Cause = 'python' | 'custom' | 'notYet' | 'settings' | 'incomplete';

/** Only Lambda carries Python code; TFOpLambda/SlicingOpLambda name TF operations (converted on an allow-list). */
const PYTHON_CLASSES = new Set(['Lambda']);

/** What each kind of refused layer is, for the one "Python code" hint (Lambda and custom classes share it). */
const CODE_SUBJECTS: Partial<Record<Cause, string>> = { python: 'Lambda layers', custom: 'custom layer classes' };

/** Advice per cause, in the order hints are printed. */
const HINTS: Record<Exclude<Cause, 'python' | 'custom'>, string> = {
  notYet: 'These built-in Keras layers are not supported by tflite-gate yet (a converter limitation, not a fault in your model): ' +
    '`tflite-gate convert --help` lists the supported layers; please open an issue naming the layer.',
  settings: 'These layer settings are not supported by the converter yet (a converter limitation): change them if you can and re-save ' +
    'the model, or open an issue; `tflite-gate convert --help` lists the supported layers.',
  incomplete: 'These layers look incomplete in the file (weights, inputs or config missing): re-save the whole model with model.save(); ' +
    'if Keras itself loads the file, please open an issue.',
};

/** How many layer names each group lists, and how many groups the message lists, before "and N more". */
export const NAMES_PER_GROUP = 4;
export const MAX_GROUPS = 8;

function causeOf(f: RefusedLayer): Cause {
  if (PYTHON_CLASSES.has(f.className)) return 'python';
  if (MODEL_CLASSES.has(f.className)) return 'incomplete';
  if (!handlerFor(f.className)) return isKerasBuiltIn(f.className) ? 'notYet' : 'custom';
  return /not supported|only .* supported|outside/.test(f.reason) ? 'settings' : 'incomplete';
}

interface Group { className: string; reason: string; paths: string[] }

function groupLayers(found: RefusedLayer[]): Group[] {
  const groups = new Map<string, Group>();
  for (const f of found) {
    const reason = causeOf(f) === 'notYet' ? 'built-in Keras layer, not supported yet' : f.reason;
    const key = `${f.className}\u0000${reason}`;
    const group = groups.get(key) ?? { className: f.className, reason, paths: [] };
    group.paths.push(f.path);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function renderGroup(g: Group): string {
  if (g.paths.length === 1) return `"${g.paths[0]}" (${g.className}): ${g.reason}`;
  const shown = g.paths.slice(0, NAMES_PER_GROUP).map((p) => `"${p}"`);
  const more = g.paths.length - shown.length;
  return `${g.className} ×${g.paths.length}: ${g.reason} (${shown.join(', ')}${more ? `, and ${more} more` : ''})`;
}

function renderGroups(groups: Group[]): string {
  const listed = groups.slice(0, MAX_GROUPS).map(renderGroup);
  const rest = groups.slice(MAX_GROUPS);
  if (rest.length) {
    const layers = rest.reduce((n, g) => n + g.paths.length, 0);
    listed.push(`and ${layers} more ${layers === 1 ? 'layer' : 'layers'} of ${rest.length} other ${rest.length === 1 ? 'kind' : 'kinds'}`);
  }
  return listed.join('; ');
}

function hintFor(found: RefusedLayer[]): string {
  const specific = [...new Set(found.map((f) => f.hint).filter((h): h is string => !!h))].map((h) => `${h[0]!.toUpperCase()}${h.slice(1)}.`);
  const causes = new Set(found.filter((f) => !f.hint).map(causeOf));
  const code = (['python', 'custom'] as const).filter((c) => causes.has(c)).map((c) => CODE_SUBJECTS[c]!).join(' and ');
  const codeHint = code ? [`${code[0]!.toUpperCase()}${code.slice(1)} are Python code that is not in the file: rewrite them with built-in Keras layers, then re-save the model.`] : [];
  const general = (Object.keys(HINTS) as (keyof typeof HINTS)[]).filter((c) => causes.has(c)).map((c) => HINTS[c]);
  return [...specific, ...codeHint, ...general].join('\n  ');
}

/** "N layers cannot be converted: <groups>", the place (for one layer), and the hints that fit. */
export function refusedLayersError(found: RefusedLayer[]): GateError {
  const noun = found.length === 1 ? '1 layer' : `${found.length} layers`;
  const where = found.length === 1 ? { where: `layer ${found[0]!.path}` } : {};
  return new GateError('unsupported', `${noun} cannot be converted: ${renderGroups(groupLayers(found))}`, where, hintFor(found));
}
