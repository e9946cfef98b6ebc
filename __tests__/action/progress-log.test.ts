/**
 * The action's progress lines start with a model's path, which a pull request chooses: a path holding a newline
 * and a workflow command must not start a command line in the job log (util/escape.ts's guard on every line).
 */
import { jest } from '@jest/globals';
import { jobProgress } from '../../src/main.js';

describe('job-log progress lines', () => {
  it('name the model and its progress, and a hostile path starts no workflow command', async () => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      const progress = await jobProgress(0);
      const model = 'models/x.h5\n::error file=a::pwned\n::add-mask::secret';
      progress(model, { stage: 'predict', variant: 'float32', done: 0, total: 10 });
      progress(model, { stage: 'predict', variant: 'float32', done: 5, total: 10 });
    } finally {
      spy.mockRestore();
    }
    const lines = written.join('').split(/\r?\n/).filter(Boolean);
    expect(lines.join('\n')).toContain('5/10 (50%)');
    expect(lines.join('\n')).toMatch(/samples\/s/);
    expect(lines.filter((l) => l.startsWith('::'))).toEqual([]);
    expect(lines.some((l) => l.includes('pwned'))).toBe(true);
  });
});
