// Runs .tflite files in LiteRT.js (through our interpreter) twice each against the raw float32 input and
// expected output beside them (<base>.in.f32, <base>.out.f32), e.g. those of scripts/dev/probe-while-loop.py.
// Usage: npx tsx scripts/dev/probe-run.mts DIR/*.tflite
import { readFileSync } from 'node:fs';
import { loadInterpreter } from '../../src/runtime/interpreter.js';

const f32 = (path: string) => {
  const b = readFileSync(path);
  return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
};

for (const path of process.argv.slice(2)) {
  const base = path.replace(/\.tflite$/, '');
  try {
    const interpreter = await loadInterpreter(new Uint8Array(readFileSync(path)), { file: path });
    const [x, want] = [f32(`${base}.in.f32`), f32(`${base}.out.f32`)];
    const errors = [0, 1].map(() => {
      const got = interpreter.run([x])[0] as Float32Array;
      return want.reduce((worst, v, i) => Math.max(worst, Math.abs(got[i]! - v)), 0);
    });
    interpreter.dispose();
    console.log(`${path}: runs, max abs error run 1 / run 2: ${errors.map((e) => e.toExponential(1)).join(' / ')}`);
  } catch (error) {
    console.log(`${path}: fails: ${String((error as Error).message).split('\n').slice(0, 3).join(' | ')}`);
  }
}
