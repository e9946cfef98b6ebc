import { parseConfig } from '../../src/config/parse.js';
import { judgeAll } from '../../src/pipeline/gate.js';
import { sampleComparisons } from '../report/sample.js';

describe('judgeAll', () => {
  it('judges each model with the thresholds its config rules give it', () => {
    const [modified] = sampleComparisons();
    const lenient = { ...modified, path: 'models/lenient/cnn.h5' };
    const yml = 'models:\n  - path: "models/lenient/**"\n    thresholds: { max-accuracy-drop: 5, max-size-increase: 50 }\n';
    const config = parseConfig(() => undefined, { readFile: (p) => (p === '.tflite-gate.yml' ? yml : undefined) });
    const verdict = judgeAll(config, [modified, lenient]);
    expect(verdict.passed).toBe(false);
    expect(new Set(verdict.breaches.map((b) => b.model))).toEqual(new Set([modified.path]));
    expect(judgeAll(config, [lenient])).toEqual({ passed: true, breaches: [], errors: [] });
  });

  it('lists models that could not be evaluated as errors', () => {
    const [, broken] = sampleComparisons();
    const config = parseConfig(() => undefined, { readFile: () => undefined });
    expect(judgeAll(config, [broken])).toEqual({ passed: false, breaches: [], errors: [{ model: broken.path, message: broken.error }] });
  });
});
