/** Progress on stderr: a redrawn bar on a terminal, a line every few seconds with done/total and rate in logs. */
import { progressReporter } from '../../src/report/progress.js';

function clocked(isTTY: boolean) {
  let t = 0;
  const out: string[] = [];
  const reporter = progressReporter({ isTTY, write: (s) => out.push(s), now: () => t, intervalMs: 5000, units: { predict: 'samples' } });
  return { reporter, out, at: (ms: number) => (t = ms) };
}

describe('progress', () => {
  it('in a log: nothing for short work, then a line at most every interval with done/total, percent and rate', () => {
    const { reporter, out, at } = clocked(false);
    reporter.update({ stage: 'convert' });
    at(100);
    reporter.update({ stage: 'predict', item: 'float32', done: 0, total: 1000 });
    at(3000);
    reporter.update({ stage: 'predict', item: 'float32', done: 290, total: 1000 });
    expect(out).toEqual([]);
    at(5100);
    reporter.update({ stage: 'predict', item: 'float32', done: 500, total: 1000 });
    at(6000);
    reporter.update({ stage: 'predict', item: 'float32', done: 590, total: 1000 });
    at(10200);
    reporter.update({ stage: 'predict', item: 'float32', done: 1000, total: 1000 });
    expect(out).toEqual(['predict float32: 500/1000 (50%), 100 samples/s\n', 'predict float32: 1000/1000 (100%), 99 samples/s\n']);
    reporter.clear();
    expect(out).toHaveLength(2);
  });

  it('on a terminal: the bar is redrawn as the work advances (latency runs too) and cleared at the end', () => {
    const { reporter, out, at } = clocked(true);
    reporter.update({ stage: 'latency', item: 'float16', done: 0, total: 10 });
    at(150);
    reporter.update({ stage: 'latency', item: 'float16', done: 5, total: 10 });
    at(160);
    reporter.update({ stage: 'latency', item: 'float16', done: 6, total: 10 }); // within 100 ms: not redrawn
    reporter.update({ stage: 'latency', item: 'float16', done: 10, total: 10 }); // the last one always is
    reporter.clear();
    expect(out).toEqual([
      `\r\x1b[2Klatency float16 [${'.'.repeat(30)}] 0/10`,
      `\r\x1b[2Klatency float16 [${'#'.repeat(15)}${'.'.repeat(15)}] 5/10`,
      `\r\x1b[2Klatency float16 [${'#'.repeat(30)}] 10/10`,
      '\r\x1b[2K',
    ]);
  });
});
