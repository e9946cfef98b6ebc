/**
 * The `inputs:` of action.yml, rendered from the settings table (./settings.ts). action.yml is the file
 * GitHub reads, so it is written from this (`npx tsx scripts/action-inputs.ts --write`) and a test checks
 * the two agree. A setting that .tflite-gate.yml can also set gets no `default:` there (an input's default
 * would hide the file's value); its description names the default instead.
 */
import { settingsIn, shownDefault, type Setting } from './settings.js';

export interface ActionInput {
  description: string;
  required: false;
  default?: string;
}

const sentence = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}${text.endsWith('.') ? '' : '.'}`;

function input(s: Setting): ActionInput {
  const shown = shownDefault(s);
  const inYaml = !s.file && !s.tried && (shown !== undefined || s.default !== undefined);
  const kind = s.value ? '' : ' (true or false)';
  const words = [sentence(`${s.help}${kind}`), ...(s.more ? [s.more] : []), ...(!inYaml && shown !== undefined ? [`Default ${shown}.`] : [])];
  return { description: words.join(' '), required: false, ...(inYaml ? { default: shown ?? String(s.default) } : {}) };
}

/** Every action input, in the table's order. */
export function actionInputs(): Record<string, ActionInput> {
  return Object.fromEntries(settingsIn('action').map(([, s]) => [s.name, input(s)]));
}
