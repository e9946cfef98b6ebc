import { jest } from '@jest/globals';
import { GateError } from '../../src/errors.js';
import { parseConfig } from '../../src/config/parse.js';
import { settingsFor } from '../../src/config/resolve.js';

const noFile = () => undefined;
const inputs = (values: Record<string, string>) => (name: string) => values[name];

function errorOf(fn: () => unknown): GateError {
  try {
    fn();
  } catch (error) {
    if (error instanceof GateError) return error;
    throw error;
  }
  throw new Error('expected a GateError');
}

/** The "billion laughs": each level nine aliases of the one before, 9^levels strings if aliases were expanded freely. */
function billionLaughs(levels: number): string {
  const lines = ['l0: &l0 ["lol"]'];
  for (let i = 1; i <= levels; i++) lines.push(`l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(', ')}]`);
  return lines.join('\n');
}

describe('parseConfig (action inputs)', () => {
  it('applies the documented defaults when nothing is set', () => {
    const config = parseConfig(inputs({}), { readFile: noFile });
    expect(config).toMatchObject({
      mode: 'gate',
      models: '**/*.{h5,keras,onnx}',
      variants: ['float32', 'float16'],
      thresholds: { maxAccuracyDrop: 1, maxSizeIncrease: 10, maxLatencyIncrease: 25 },
      failOn: 'error',
      comment: true,
      commentKey: '',
      uploadArtifacts: true,
      artifactName: 'tflite-gate',
      rules: [],
    });
    expect(config.thresholds.maxOutputDiff).toBeUndefined();
    expect(config.configFile).toBeUndefined();
  });

  it('reads every input, blank ones as unset', () => {
    const config = parseConfig(
      inputs({
        models: 'models/**/*.h5', dataset: 'data/t.npz', variants: 'float32, float16,int8', 'max-accuracy-drop': '0.5',
        'max-size-increase': '', 'max-output-diff': '0.01', 'fail-on': 'never', comment: 'False', 'comment-key': 'vision',
        'upload-artifacts': 'false', 'artifact-name': 'gate-1', 'output-dir': 'out', 'github-token': ' t ', mode: 'list',
        samples: '200', 'latency-runs': '0', 'x-key': 'image, mask', 'y-key': 'label',
      }),
      { readFile: noFile },
    );
    expect(config).toMatchObject({
      mode: 'list', models: 'models/**/*.h5', dataset: 'data/t.npz', variants: ['float32', 'float16', 'int8'],
      thresholds: { maxAccuracyDrop: 0.5, maxSizeIncrease: 10, maxOutputDiff: 0.01 }, failOn: 'never', comment: false,
      commentKey: 'vision', uploadArtifacts: false, artifactName: 'gate-1', outputDir: 'out', githubToken: 't',
      samples: 200, latencyRuns: 0, dataKeys: { x: ['image', 'mask'], y: 'label' },
    });
  });

  it.each([
    ['max-accuracy-drop', 'lots', 'input "max-accuracy-drop" must be a number >= 0, got "lots"'],
    ['max-size-increase', '-3', 'input "max-size-increase" must be a number >= 0, got "-3"'],
    ['variants', 'float32,bfloat16', 'input "variants" must be one of float32, float16, dynamic, int8, got "bfloat16"'],
    ['variants', 'float16', 'input "variants" must be a list that includes float32 (the reference variant), got "float16"'],
    ['fail-on', 'warning', 'input "fail-on" must be one of error, never, got "warning"'],
    ['comment', 'yes', 'input "comment" must be true or false, got "yes"'],
    ['mode', 'both', 'input "mode" must be one of gate, list, merge, got "both"'],
    ['comment-key', 'a b', 'input "comment-key" must be at most 64 letters, digits, ".", "_" or "-", got "a b"'],
    ['artifact-name', 'a/b', 'input "artifact-name" must be a non-empty name without " : < > | * ? \\ / or newlines, got "a/b"'],
    ['samples', '2.5', 'input "samples" must be an integer >= 1, got "2.5"'],
  ])('a bad %s (%s) names the input', (name, value, message) => {
    const error = errorOf(() => parseConfig(inputs({ [name]: value }), { readFile: noFile }));
    expect(error.kind).toBe('usage');
    expect(error.message).toBe(message);
  });

  it('labels inputs as CLI flags when asked', () => {
    const error = errorOf(() => parseConfig(inputs({ 'max-output-diff': 'x' }), { readFile: noFile, label: (n) => `--${n}` }));
    expect(error.message).toBe('--max-output-diff must be a number >= 0, got "x"');
  });

  it('reads the reference input as a boolean (default false), naming it when bad', () => {
    expect(parseConfig(inputs({}), { readFile: noFile }).reference).toBe(false);
    expect(parseConfig(inputs({ reference: 'true' }), { readFile: noFile }).reference).toBe(true);
    expect(parseConfig(inputs({ reference: 'False' }), { readFile: noFile }).reference).toBe(false);
    expect(errorOf(() => parseConfig(inputs({ reference: 'yes' }), { readFile: noFile })).message).toBe('input "reference" must be true or false, got "yes"');
    expect(errorOf(() => parseConfig(inputs({ reference: '1' }), { readFile: noFile, label: (n) => `--${n}` })).message).toBe('--reference must be true or false, got "1"');
  });

  it('fails when a named config file does not exist, but not for the default name', () => {
    expect(errorOf(() => parseConfig(inputs({ config: 'gate.yml' }), { readFile: noFile })).message).toBe(
      'input "config": file "gate.yml" not found',
    );
    expect(parseConfig(inputs({}), { readFile: noFile }).configFile).toBeUndefined();
  });
});

describe('config file and per-model settings', () => {
  const yml = [
    'dataset: data/default.npz',
    'variants: [float32, float16]',
    'thresholds: { max-accuracy-drop: 2, max-size-increase: 3 }',
    'samples: 500',
    'models:',
    '  - path: "models/audio/**"',
    '    dataset: data/audio.npz',
    '    x-key: [spectrogram]',
    '    y-key: word',
    '    preprocessing: { scale: 0.5, mean: [1, 2], std: 3 }',
    '    thresholds: { max-size-increase: 1 }',
    '  - path: "**/kws.h5"',
    '    sequence-length: 20',
    '    thresholds: { max-accuracy-drop: 0.25 }',
  ].join('\n');
  const files = (name: string) => (name === '.tflite-gate.yml' ? yml : undefined);

  it('reads the default .tflite-gate.yml; inputs override its top level', () => {
    const config = parseConfig(inputs({ 'max-size-increase': '7' }), { readFile: files });
    expect(config.configFile).toBe('.tflite-gate.yml');
    expect(config.dataset).toBe('data/default.npz');
    expect(config.thresholds).toEqual({ maxAccuracyDrop: 2, maxSizeIncrease: 7, maxLatencyIncrease: 25 });
    expect(config.samples).toBe(500);
    expect(config.rules).toHaveLength(2);
  });

  it('applies every matching rule in order, later ones winning', () => {
    const config = parseConfig(inputs({}), { readFile: files });
    expect(settingsFor(config, 'models/audio/kws.h5')).toEqual({
      dataset: 'data/audio.npz',
      dataKeys: { x: ['spectrogram'], y: 'word' },
      preprocessing: { scale: 0.5, mean: [1, 2], std: [3] },
      thresholds: { maxAccuracyDrop: 0.25, maxSizeIncrease: 1, maxLatencyIncrease: 25 },
      requested: { maxAccuracyDrop: 0.25, maxSizeIncrease: 1 },
      samples: 500,
      sequenceLength: 20,
      reference: false,
    });
    expect(settingsFor(config, 'models/vision/cnn.h5')).toEqual({
      dataset: 'data/default.npz',
      preprocessing: undefined,
      thresholds: { maxAccuracyDrop: 2, maxSizeIncrease: 3, maxLatencyIncrease: 25 },
      requested: { maxAccuracyDrop: 2, maxSizeIncrease: 3 },
      samples: 500,
      reference: false,
    });
  });

  it.each([
    ['models:\n  - path: a\n    threshold: {}', 'models[0].threshold', 'unknown key "threshold"'],
    ['models:\n  - dataset: x', 'models[0].path', 'must be a glob of model paths, got null'],
    ['thresholds: { max-accuracy-drop: high }', 'thresholds.max-accuracy-drop', 'must be a number >= 0, got "high"'],
    ['models:\n  - path: a\n    preprocessing: { mean: [1, x] }', 'models[0].preprocessing.mean[1]', 'must be a number (e.g. 0.5 or 1/255), got "x"'],
    ['variants: [float16]', 'variants', 'must be a list that includes float32 (the reference variant), got ["float16"]'],
    ['models: nope', 'models', 'must be a list of rules, got "nope"'],
    ['models:\n  - path: a\n    x-key: "a,,b"', 'models[0].x-key', 'must be a key or comma-separated keys, got "a,,b"'],
    ['reference: yes please', 'reference', 'must be true or false, got "yes please"'],
    ['models:\n  - path: a\n    reference: 1', 'models[0].reference', 'must be true or false, got 1'],
    ['dataset: [unclosed', 'line 1, column 19', 'not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['thresholds: { max-accuracy-drop: .nan }', 'thresholds.max-accuracy-drop', 'must be a number >= 0, got NaN'],
    ['thresholds: { max-accuracy-drop: "1e309" }', 'thresholds.max-accuracy-drop', 'must be a number >= 0, got "1e309"'],
    ['thresholds: { max-accuracy-drop: -.inf }', 'thresholds.max-accuracy-drop', 'must be a number >= 0, got -Infinity'],
    ['thresholds: { __proto__: { max-accuracy-drop: 100 } }', 'thresholds.__proto__', 'unknown key "__proto__"'],
    [billionLaughs(8), undefined, 'not valid YAML: Excessive alias count indicates a resource exhaustion attack'],
  ])('a bad file (%#) names the file and key', (text, where, message) => {
    const error = errorOf(() => parseConfig(inputs({ config: 'ci/gate.yml' }), { readFile: () => text }));
    expect(error.file).toBe('ci/gate.yml');
    expect(error.where).toBe(where);
    expect(error.message).toBe(message);
  });

  it('prints no YAML warning: it would quote a line of the file to the log, where `::command` starts a workflow command', () => {
    const emit = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      const text = '::warning title=X::pwned: !!js/function x\n';
      expect(errorOf(() => parseConfig(inputs({}), { readFile: () => text })).message).toBe('unknown key "::warning title=X::pwned"');
      expect(emit).not.toHaveBeenCalled();
    } finally {
      emit.mockRestore();
    }
  });

  it('reads reference at the top level and per model; the input overrides the top level', () => {
    const text = ['reference: true', 'models:', '  - path: "models/rnn/**"', '    reference: false'].join('\n');
    const config = parseConfig(inputs({}), { readFile: () => text });
    expect(config.reference).toBe(true);
    expect(settingsFor(config, 'models/cnn.h5').reference).toBe(true);
    expect(settingsFor(config, 'models/rnn/lstm.h5').reference).toBe(false);
    expect(parseConfig(inputs({ reference: 'false' }), { readFile: () => text }).reference).toBe(false);
    const perModel = parseConfig(inputs({}), { readFile: () => 'models:\n  - path: "*.keras"\n    reference: true' });
    expect([settingsFor(perModel, 'm.keras').reference, settingsFor(perModel, 'm.h5').reference]).toEqual([true, false]);
  });

  it('reads representative-dataset (int8 calibration data) from the input, the top level and per model', () => {
    const text = ['representative-dataset: data/calib.npz', 'models:', '  - path: "models/audio/**"', '    representative-dataset: data/audio-calib.npz'].join('\n');
    const config = parseConfig(inputs({}), { readFile: () => text });
    expect(settingsFor(config, 'models/cnn.h5').representativeDataset).toBe('data/calib.npz');
    expect(settingsFor(config, 'models/audio/kws.h5').representativeDataset).toBe('data/audio-calib.npz');
    expect(parseConfig(inputs({ 'representative-dataset': 'x.npz' }), { readFile: () => text }).representativeDataset).toBe('x.npz');
    expect(settingsFor(parseConfig(inputs({}), { readFile: () => undefined }), 'm.h5').representativeDataset).toBeUndefined();
    const limits = parseConfig(inputs({ 'max-int8-accuracy-drop': '2.5' }), { readFile: () => undefined }).thresholds;
    expect(limits.maxInt8AccuracyDrop).toBe(2.5);
  });
});
