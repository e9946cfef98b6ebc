/**
 * (Built-in classes here are ones the converter cannot support — strings, 3-D recurrent convolution — so the
 * tests do not depend on which layers other work adds to the registry.)
 * The refusal message: layers grouped by class and reason, each name at most once, a few names per group,
 * and a hint that fits the reason (QA: 1,468 characters of names printed twice for MobileNetV3Small, and
 * "rewrite as built-in Keras layers" given for layers that ARE built-in Keras layers).
 */
import { unsupportedError, type UnsupportedLayer } from '../../src/convert/check.js';

const many = (n: number, className: string, stem: string, reason: string): UnsupportedLayer[] =>
  Array.from({ length: n }, (_, i) => ({ path: i ? `${stem}_${i}` : stem, className, reason }));

describe('unsupportedError', () => {
  it('groups 40 layers of one class into one short line with "and N more", names listed once', () => {
    const error = unsupportedError(many(40, 'TextVectorization', 'text_vectorization', 'unknown layer class'));
    expect(error.message).toBe('40 layers cannot be converted: TextVectorization ×40: built-in Keras layer, not supported yet ' +
      '("text_vectorization", "text_vectorization_1", "text_vectorization_2", "text_vectorization_3", and 36 more)');
    expect(error.where).toBeUndefined();
    expect(error.format().split('text_vectorization_1"').length).toBe(2);
    expect(error.format().length).toBeLessThan(600);
  });

  it('says a built-in Keras layer (one the converter has no handler for) is a converter limitation, not "rewrite with built-in layers"', () => {
    const error = unsupportedError(many(4, 'ConvLSTM3D', 'clstm', 'unknown layer class'));
    expect(error.message).toContain('ConvLSTM3D ×4: built-in Keras layer, not supported yet ("clstm", "clstm_1", "clstm_2", "clstm_3")');
    expect(error.hint).toContain('converter limitation');
    expect(error.hint).toContain('tflite-gate convert --help');
    expect(error.hint).not.toMatch(/rewrite/i);
  });

  it('counts a Keras 3 operation recorded with its module as built-in', () => {
    const error = unsupportedError([{ path: 'cumsum', className: 'keras.src.ops.numpy.Cumsum', reason: 'unknown layer class' }]);
    expect(error.message).toBe('1 layer cannot be converted: "cumsum" (keras.src.ops.numpy.Cumsum): built-in Keras layer, not supported yet');
  });

  it('gives unsupported settings of a built-in layer their own hint', () => {
    const error = unsupportedError([{ path: 'grouped', className: 'Conv2D', reason: 'groups=2 (grouped convolution) is not supported' }]);
    expect(error.message).toBe('1 layer cannot be converted: "grouped" (Conv2D): groups=2 (grouped convolution) is not supported');
    expect(error.where).toBe('layer grouped');
    expect(error.hint).toMatch(/^These layer settings are not supported by the converter yet/);
  });

  it('keeps "rewrite with built-in layers" for Lambda and custom classes, one hint per reason, in a fixed order', () => {
    const error = unsupportedError([
      ...many(2, 'FancyScale', 'fancy', 'unknown layer class'),
      ...many(3, 'Lambda', 'times', 'carries Python code, never executed'),
      { path: 'clstm', className: 'ConvLSTM3D', reason: 'unknown layer class' },
    ]);
    expect(error.message).toBe('6 layers cannot be converted: FancyScale ×2: unknown layer class ("fancy", "fancy_1"); ' +
      'Lambda ×3: carries Python code, never executed ("times", "times_1", "times_2"); ' +
      '"clstm" (ConvLSTM3D): built-in Keras layer, not supported yet');
    const hints = error.hint!.split('\n  ');
    expect(hints).toEqual([
      'Lambda layers and custom layer classes are Python code that is not in the file: rewrite them with built-in Keras layers, then re-save the model.',
      expect.stringMatching(/^These built-in Keras layers are not supported by tflite-gate yet/),
    ]);
    expect(unsupportedError(many(1, 'FancyScale', 'fancy', 'unknown layer class')).hint).toMatch(/^Custom layer classes are Python code/);
  });

  it('caps the number of groups too', () => {
    const found = Array.from({ length: 12 }, (_, i) => ({ path: `l${i}`, className: 'Dense', reason: `activation "a${i}" is not supported` }));
    const error = unsupportedError(found);
    expect(error.message).toContain('"l7" (Dense): activation "a7" is not supported; and 4 more layers of 4 other kinds');
    expect(error.message).not.toContain('"l8"');
  });
});
