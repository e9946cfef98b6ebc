/** The .keras zip container: path traversal, zip bombs, lying headers, truncation and corruption. */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { readKerasModel } from '../../src/keras/index.js';
import { readZipEntries } from '../../src/keras/zip.js';
import { fixture, gateError } from './helpers.js';

const good = fixture('k3_seq_noinput.keras');

function findCentralEntry(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let offset = zip.length - 22; offset >= 0; offset--) {
    if (view.getUint32(offset, true) !== 0x02014b50) continue;
    const length = view.getUint16(offset + 28, true);
    if (new TextDecoder().decode(zip.subarray(offset + 46, offset + 46 + length)) === name) return offset;
  }
  throw new Error(`no central entry ${name}`);
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
    expect(error.message).toContain('path traversal');
    for (const name of ['/etc/passwd', 'a/../../b', 'C:/x', 'a\\..\\b']) {
      expect(() => readZipEntries(zipSync({ [name]: strToU8('x') }), [])).toThrow(/outside the archive/);
    }
  });

  it('refuses a zip bomb before inflating it', async () => {
    const bomb = zipSync({ 'config.json': strToU8('{}'), 'model.weights.h5': new Uint8Array(24 * 1024 * 1024) }, { level: 1 });
    expect(bomb.length).toBeLessThan(100_000);
    const started = performance.now();
    const error = await gateError(readKerasModel(bomb, 'bomb.keras'));
    expect(error.where).toBe('zip entry "model.weights.h5"');
    expect(error.message).toMatch(/zip bomb/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('stops inflating at the declared size when a header lies', () => {
    const zip = zipSync({ 'config.json': new Uint8Array(2_000_000).fill(32) }, { level: 9 });
    const central = findCentralEntry(zip, 'config.json');
    new DataView(zip.buffer).setUint32(central + 24, 1000, true); // declared uncompressed size: 1000
    expect(() => readZipEntries(zip, ['config.json'])).toThrow(/inflates to more than its declared 1000 bytes/);
  });

  it('a truncated .keras file is a bad-model error, not a crash', async () => {
    const error = await gateError(readKerasModel(good.subarray(0, Math.floor(good.length / 2)), 'cut.keras'));
    expect(error.kind).toBe('bad-model');
    expect(error.message).toMatch(/truncated/);
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
  });

  it('names a missing config.json and a missing weights entry', async () => {
    const noConfig = await gateError(readKerasModel(zipSync({ 'metadata.json': strToU8('{}') }), 'x.keras'));
    expect(noConfig.where).toBe('zip entry "config.json"');
    const config = readZipEntries(good, ['config.json']).get('config.json') as Uint8Array;
    const noWeights = await gateError(readKerasModel(zipSync({ 'config.json': config }), 'y.keras'));
    expect(noWeights.where).toBe('zip entry "model.weights.h5"');
  });
});
