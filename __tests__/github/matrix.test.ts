/**
 * list mode's matrix entries are globs (the `models` input of each matrix job): every changed model must be
 * matched by its own entry, whatever its name, or its job would evaluate nothing and pass.
 */
import { matchesGlob } from '../../src/config/resolve.js';
import { matrixEntries } from '../../src/github/matrix.js';

/** Names a pull request could give a model, each full of glob syntax. */
const NAMES = [
  'models/[x].h5', 'models/{a,b}.h5', 'models/a\\b.h5', 'models/!(x).h5', 'models/#x.h5', 'models/*.h5', 'models/a,b.h5',
  'models/?.h5', 'models/+(a).h5', 'x.h5', 'models/a\\,b}.h5', 'models/ {a}.h5', 'models/@(a|b).h5', '!neg.h5', 'models/{1..3}.h5',
];

describe('matrixEntries', () => {
  it('one model per entry: each entry matches its model and no other', () => {
    const entries = matrixEntries(NAMES);
    NAMES.forEach((name, i) => expect([name, NAMES.filter((n) => matchesGlob(n, entries[i]!))]).toEqual([name, [name]]));
  });

  it('batches: each brace glob matches exactly the models of its batch', () => {
    const entries = matrixEntries(NAMES, 4);
    expect(entries).toHaveLength(4);
    entries.forEach((entry, i) => expect(NAMES.filter((n) => matchesGlob(n, entry))).toEqual(NAMES.slice(i * 4, i * 4 + 4)));
  });
});
