import { accuracyStats, agreementWithFloat32, classCount } from '../../src/pipeline/evaluate-metrics.js';
import type { OutputBlock } from '../../src/runtime/predict.js';

const block = (name: string, shape: number[], values: number[]): OutputBlock => ({
  name, shape, sampleSize: shape.slice(1).reduce((a, b) => a * b, 1), data: Float32Array.from(values),
});

describe('evaluate metrics', () => {
  // 3 samples, 3 classes: predictions 0, 2, 1
  const scores = block('probs', [1, 3], [0.7, 0.2, 0.1, 0.1, 0.3, 0.6, 0.2, 0.5, 0.3]);
  const labels = { kind: 'class' as const, data: Int32Array.from([0, 2, 2]), numClasses: 3 };

  test('class labels + [1, C] scores -> classification on the first output', () => {
    const notes: string[] = [];
    const stats = accuracyStats([scores], 3, labels, notes);
    expect(stats.classification!.top1).toBeCloseTo(2 / 3, 12);
    expect(stats.classification!.confusion[2]).toEqual([0, 1, 1]);
    expect(notes).toEqual([]);
  });

  test('several outputs -> accuracy on the first, with a note naming it', () => {
    const notes: string[] = [];
    const stats = accuracyStats([scores, block('aux', [1, 2], [0, 0, 0, 0, 0, 0])], 3, labels, notes);
    expect(stats.classification!.top1).toBeCloseTo(2 / 3, 12);
    expect(notes).toEqual(['the model has 2 outputs; the labels are compared with the first, "probs"']);
  });

  test('class labels but a single-value output -> no accuracy, a note saying why', () => {
    const notes: string[] = [];
    expect(accuracyStats([block('score', [1, 1], [0.1, 0.2, 0.3])], 3, labels, notes)).toEqual({});
    expect(notes[0]).toMatch(/labels are class ids but output "score" gives 1 value/);
  });

  test('regression targets -> MAE/RMSE; a width mismatch -> a note', () => {
    const out = block('y', [1, 1], [1, 2, 4]);
    const targets = { kind: 'regression' as const, shape: [3, 1], data: Float32Array.from([1, 1, 1]) };
    expect(accuracyStats([out], 3, targets, []).regression).toEqual({ samples: 3, mae: 4 / 3, rmse: Math.sqrt(10 / 3), maxAbsError: 3 });
    const notes: string[] = [];
    expect(accuracyStats([block('y', [1, 2], [1, 2, 3, 4, 5, 6])], 3, targets, notes)).toEqual({});
    expect(notes[0]).toMatch(/1 value\(s\) per sample, output "y" gives 2/);
  });

  test('agreement: flips on the first output, absolute differences over every output', () => {
    const flipped = block('probs', [1, 3], [0.7, 0.2, 0.1, 0.1, 0.6, 0.3, 0.2, 0.5, 0.3]); // sample 1: 2 -> 1
    const aux = block('aux', [1, 2], [0, 0, 0, 0, 0, 0]);
    const auxVariant = block('aux', [1, 2], [0, 0, 0, 0.9, 0, 0]);
    const a = agreementWithFloat32([flipped, auxVariant], [scores, aux], labels);
    expect(a.flipped).toBe(1);
    expect(a.agreement).toBeCloseTo(2 / 3, 12);
    expect(a.maxAbsDiff).toBeCloseTo(0.9, 6);
    expect(a.meanAbsDiff).toBeCloseTo((0.3 + 0.3 + 0.9) / 15, 6);
    expect(a.classesLosingMost).toEqual([{ cls: 2, float32: 0.5, variant: 0 }]);
  });

  test('class count: from the labels, or from a [1, C] output when there are none', () => {
    expect(classCount([scores], labels)).toBe(3);
    expect(classCount([scores])).toBe(3);
    expect(classCount([block('y', [1, 1], [1, 2, 3])])).toBeUndefined();
    expect(classCount([scores], { kind: 'regression', shape: [3, 3], data: new Float32Array(9) })).toBeUndefined();
  });
});
