import { settingsChanges } from '../../src/config/diff.js';

describe('settingsChanges', () => {
  it('lists thresholds first, then other settings, and nothing when they are the same', () => {
    const applied = { dataset: 'data/a.npz', thresholds: { maxAccuracyDrop: 1, maxSizeIncrease: 10 } };
    const proposed = { dataset: 'data/`b`.npz', thresholds: { maxAccuracyDrop: 100 }, samples: 5 };
    expect(settingsChanges(applied, proposed)).toEqual([
      '`max-accuracy-drop` 1 → 100', '`max-size-increase` 10 → not set', '`dataset` `data/a.npz` → `data/\'b\'.npz`', '`samples` not set → `5`',
    ]);
    expect(settingsChanges(applied, { ...applied, thresholds: { ...applied.thresholds } })).toEqual([]);
  });
});
