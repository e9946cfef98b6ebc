/**
 * The .keras zip container as the Keras reader opens it: refusals are bad-model errors naming the file and
 * the entry, with the .keras limits. The guards themselves are pinned in __tests__/util/zip.test.ts.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { readKerasModel } from '../../src/keras/index.js';
import { KERAS_ZIP_LIMITS } from '../../src/keras/keras-zip.js';
import { openZip } from '../../src/util/zip.js';
import { centralRecord as findCentralEntry } from '../util/zip-builders.js';
import { fixture, gateError } from './helpers.js';

const good = fixture('k3_seq_noinput.keras');
const source = { file: 'k.keras', kind: 'bad-model', expected: 'a .keras file', hint: 'save again', limits: KERAS_ZIP_LIMITS } as const;

function readZipEntries(bytes: Uint8Array, wanted: string[]): Map<string, Uint8Array> {
  const zip = openZip(bytes, source);
  return new Map(wanted.map((name) => [name, zip.read(name) as Uint8Array]));
}

describe('.keras zip container', () => {
  it('reads the entries of a real .keras file', () => {
    const entries = readZipEntries(good, ['config.json', 'model.weights.h5']);
    expect(JSON.parse(new TextDecoder().decode(entries.get('config.json'))).class_name).toBe('Sequential');
    expect(entries.get('model.weights.h5')?.subarray(0, 4)).toEqual(new Uint8Array([0x89, 0x48, 0x44, 0x46]));
  });

  it('refuses an entry named ../evil (path traversal), naming the entry', async () => {
    const files: Zippable = { 'config.json': strToU8('{}'), '../evil': strToU8('boo') };
    const error = await gateError(readKerasModel(zipSync(files), 'evil.keras'));
    expect(error.kind).toBe('bad-model');
    expect(error.file).toBe('evil.keras');
    expect(error.where).toBe('zip entry "../evil"');
    expect(error.message).toBe('unsafe zip entry name "../evil": it points outside the archive (absolute path or path traversal)');
  });

  it('refuses a zip bomb before inflating it', async () => {
    const bomb = zipSync({ 'config.json': strToU8('{}'), 'model.weights.h5': new Uint8Array(24 * 1024 * 1024) }, { level: 1 });
    expect(bomb.length).toBeLessThan(100_000);
    // The message quotes the DECLARED size and ratio: the refusal comes from the header, before inflating
    // (the ordering itself is pinned in __tests__/util/zip.test.ts; no wall-clock assertion here).
    const error = await gateError(readKerasModel(bomb, 'bomb.keras'));
    expect(error.where).toBe('zip entry "model.weights.h5"');
    expect(error.message).toMatch(/^zip bomb guard: entry declares 25165824 bytes from \d+ compressed \(ratio \d+, more than the 200 allowed\)$/);
  });

  it('a truncated .keras file is a bad-model error, not a crash', async () => {
    const error = await gateError(readKerasModel(good.subarray(0, Math.floor(good.length / 2)), 'cut.keras'));
    expect(error.kind).toBe('bad-model');
    expect(error.file).toBe('cut.keras');
    expect(error.message).toBe('not a zip archive: no end-of-central-directory record (truncated or not a .keras file)');
  });

  it('a corrupted byte inside an entry is caught by its CRC and named', async () => {
    const entries = readZipEntries(good, ['model.weights.h5']);
    const weights = entries.get('model.weights.h5') as Uint8Array;
    const copy = good.slice();
    // find the weights bytes in the archive (stored or deflated: corrupt its middle either way)
    const central = findCentralEntry(copy, 'model.weights.h5');
    const view = new DataView(copy.buffer);
    const local = view.getUint32(central + 42, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    copy[start + Math.floor(view.getUint32(central + 20, true) / 2)] ^= 0xff;
    expect(weights.length).toBeGreaterThan(0);
    const error = await gateError(readKerasModel(copy, 'flipped.keras'));
    expect(error.kind).toBe('bad-model');
    expect(error.where).toBe('zip entry "model.weights.h5"');
    expect(error.message).toMatch(/^corrupt (entry: CRC-32 mismatch|compressed data)/);
  });

  it('names a missing config.json and a missing weights entry', async () => {
    const noConfig = await gateError(readKerasModel(zipSync({ 'metadata.json': strToU8('{}') }), 'x.keras'));
    expect(noConfig.where).toBe('zip entry "config.json"');
    const config = readZipEntries(good, ['config.json']).get('config.json') as Uint8Array;
    const noWeights = await gateError(readKerasModel(zipSync({ 'config.json': config }), 'y.keras'));
    expect(noWeights.where).toBe('zip entry "model.weights.h5"');
  });
});
