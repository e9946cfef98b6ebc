// The printed half of `npm run bench:quantize` (scripts/bench-quantize.mjs): the tables, and issue 11's bars judged
// per model and variant, ours against TF's own file from the same calibration samples:
//  - runs: our file loads and runs in LiteRT.js and in tf.lite.Interpreter (TF's reference kernels);
//  - error: max and mean |output - Keras| on the evaluation samples (LiteRT.js) at most 2x TF's file's;
//  - size: our file within 5% of TF's, or smaller than that with its weight bytes (constant buffers, `inspect`'s
//    weightBytes) within 5% of TF's: TF's files keep shape arithmetic ours folds (SHAPE, STRIDED_SLICE, PACK
//    before a Flatten's RESHAPE) and longer tensor names, which shows on the smallest models;
//  - top-1 (models with labels): ours at least TF's file's minus 0.5 percentage points.
const pad = (s, n) => String(s).padEnd(n);
const pct = (x) => (x === undefined ? '-' : `${(x * 100).toFixed(2)}%`);
const exp = (x) => (x === undefined ? '-' : x.toExponential(2));
const pair = (a, b, f) => `${f(a)} / ${f(b)}`;

/** Each bar of issue 11 for one row: { name: [passed, detail] }. */
export function bars(r) {
  const out = {};
  const inTf = r.tfLite?.ours;
  if (!r.mine) out.runs = [false, `LiteRT.js: ${r.error}`];
  else if (!r.tfLite) out.runs = [true, 'LiteRT.js; tf.lite not checked: no .venv-ref'];
  else out.runs = [Boolean(inTf?.ok), inTf?.ok ? 'LiteRT.js, tf.lite' : `tf.lite: ${inTf?.error ?? 'no result'}`];
  if (r.mine) {
    // mine <= 2 x theirs, so that two exact files (0 and 0) pass and a NaN fails
    const ok = r.mine.max <= 2 * r.theirs.max && r.mine.mean <= 2 * r.theirs.mean;
    const ratio = (a, b) => (a === b ? 1 : a / b);
    out.error = [ok, `${Math.max(ratio(r.mine.max, r.theirs.max), ratio(r.mine.mean, r.theirs.mean)).toFixed(2)}x`];
  }
  const signed = (x) => `${x >= 1 ? '+' : ''}${((x - 1) * 100).toFixed(1)}%`;
  const [size, weights] = [r.bytes / r.tfBytes, r.weightBytes / r.tfWeightBytes];
  out.size = [Math.abs(size - 1) <= 0.05 || (size < 1 && Math.abs(weights - 1) <= 0.05), `file ${signed(size)}, weights ${signed(weights)}`];
  if (r.mine?.top1 !== undefined) {
    const pp = (r.mine.top1 - r.theirs.top1) * 100;
    out.top1 = [pp >= -0.5, `${pp >= 0 ? '+' : ''}${pp.toFixed(2)} pp`];
  }
  return out;
}

function printConversion(rows, runs) {
  console.log(`\nconversion (whole process, median of ${runs}; TF: one Python process with the same calibration set)`);
  console.log(`${pad('model', 23)}${pad('variant', 9)}${pad('ours s', 9)}${pad('TF s', 9)}${pad('speed-up', 10)}bytes ours / TF`);
  for (const r of rows) {
    const tf = r.tfS ? r.tfS.toFixed(2) : '-';
    console.log(`${pad(r.name, 23)}${pad(r.mode, 9)}${pad(r.oursS.toFixed(2), 9)}${pad(tf, 9)}${pad(r.tfS ? `${(r.tfS / r.oursS).toFixed(1)}x` : '-', 10)}` +
      `${r.bytes} / ${r.tfBytes} (${(r.bytes / r.tfBytes).toFixed(3)})`);
  }
}

function printOutputs(rows) {
  console.log('\noutputs vs Keras on the evaluation samples, ours / TF\'s file: LiteRT.js, then tf.lite.Interpreter (reference kernels)');
  console.log(`${pad('model', 23)}${pad('variant', 9)}${pad('max|err|', 21)}${pad('mean|err|', 21)}${pad('top-1', 19)}${pad('agrees w/ Keras', 19)}` +
    `${pad('tf.lite max|err|', 21)}tf.lite top-1`);
  for (const r of rows) {
    if (!r.mine) {
      console.log(`${pad(r.name, 23)}${pad(r.mode, 9)}our file FAILS in LiteRT.js: ${r.error}`);
      continue;
    }
    const [a, b] = [r.tfLite?.ours, r.tfLite?.theirs];
    const state = (x) => (x?.ok ? exp(x.max) : x ? 'FAILS' : '-');
    const tfMax = `${state(a)} / ${state(b)}`;
    console.log(`${pad(r.name, 23)}${pad(r.mode, 9)}${pad(pair(r.mine.max, r.theirs.max, exp), 21)}${pad(pair(r.mine.mean, r.theirs.mean, exp), 21)}` +
      `${pad(pair(r.mine.top1, r.theirs.top1, pct), 19)}${pad(pair(r.mine.agree, r.theirs.agree, pct), 19)}${pad(tfMax, 21)}${a?.ok && b?.ok ? pair(a.top1, b.top1, pct) : '-'}`);
  }
}

function printLatency(rows) {
  console.log('\nlatency p50, single thread, batch 1 (ms): LiteRT.js float32 / ours / TF\'s file; tf.lite.Interpreter float32 / variant');
  for (const r of rows) {
    if (!r.mine) continue;
    console.log(`${pad(r.name, 23)}${pad(r.mode, 9)}LiteRT.js ${r.f32Latency.toFixed(3)} / ${r.latency.toFixed(3)} / ${r.tfLatency.toFixed(3)}   native ${r.nativeF32.toFixed(3)} / ${r.native.toFixed(3)}`);
  }
}

/** Prints the bars and returns how many failed. */
function printBars(rows) {
  console.log('\nissue 11 bars (runs in LiteRT.js and tf.lite; error <= 2x TF\'s, max and mean; size within 5% (file, or weights when the file is smaller); top-1 >= TF\'s - 0.5 pp)');
  let failed = 0;
  for (const r of rows) {
    const cells = Object.entries(bars(r)).map(([bar, [ok, detail]]) => {
      if (!ok) failed++;
      return pad(`${bar} ${ok ? 'pass' : 'FAIL'} (${detail})`, bar === 'size' ? 44 : 33);
    });
    console.log(`${pad(r.name, 23)}${pad(r.mode, 9)}${cells.join('')}`);
  }
  console.log(rows.length === 0 ? 'no model measured: no bar judged' : failed === 0 ? 'all bars pass' : `${failed} bar(s) FAIL`);
  return failed;
}

/** Prints every table; returns the number of failed bars. */
export function printReport(rows, runs) {
  printConversion(rows, runs);
  printOutputs(rows);
  printLatency(rows);
  return printBars(rows);
}
