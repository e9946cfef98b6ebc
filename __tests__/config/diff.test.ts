import { settingsChanges } from '../../src/config/diff.js';

describe('settingsChanges', () => {
  it('lists thresholds first, then other settings, and nothing when they are the same', () => {
    const applied = { dataset: 'data/a.npz', thresholds: { maxAccuracyDrop: 1, maxSizeIncrease: 10 } };
    const proposed = { dataset: 'data/b.npz', thresholds: { maxAccuracyDrop: 100 }, samples: 5 };
    expect(settingsChanges(applied, proposed)).toEqual([
      { name: 'max-accuracy-drop', from: '1', to: '100' },
      { name: 'max-size-increase', from: '10', to: undefined },
      { name: 'dataset', from: 'data/a.npz', to: 'data/b.npz' },
      { name: 'samples', from: undefined, to: '5' },
    ]);
    expect(settingsChanges(applied, { ...applied, thresholds: { ...applied.thresholds } })).toEqual([]);
  });
});
