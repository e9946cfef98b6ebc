/**
 * `tflite-gate gate`: the action's check, run locally. The models whose content differs between a git ref
 * and the working tree (github/changes.ts workingTreeModels) are evaluated head (working tree) vs base (the
 * ref) with the same Config, thresholds and report as the GitHub Action; the markdown report goes to stdout.
 */
import { mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseFlags } from '../args.js';
import type { CliIO, Command } from '../command.js';
import { checkOutputDir, loadConfig } from '../../config/load.js';
import { EXIT, GateError } from '../../errors.js';
import { repositoryRoot, resolveCommit } from '../../github/git.js';
import { runGate } from '../../pipeline/gate.js';
import { liteRtEvaluator } from '../../pipeline/gate-evaluator.js';
import { reportToJson } from '../../report/json.js';
import { renderMarkdown } from '../../report/markdown.js';

const usage = `
Usage: tflite-gate gate [--base REF] [options]

Gate the models changed in the working tree since REF (default HEAD: uncommitted changes; e.g. origin/main
for a branch), as the GitHub Action does on a pull request: each model is converted, evaluated in the
working tree and at REF, compared and judged. The markdown report is printed; .tflite-gate.yml is read
from the repository root when present.

A model is changed when its content differs between REF and the working tree: committed, staged,
unstaged and untracked (not ignored) files count; models that did not change are counted in the report,
not evaluated. A rename git sees (git mv, or the new name added) is compared with the old path at REF;
an untracked copy under a new name is added, and the old name deleted. Dataset paths are relative to the
repository root.

Options (snake_case or kebab-case):
  --base REF                  the git ref to compare with (default HEAD)
  --models GLOB               model files (default **/*.{h5,keras})
  --dataset PATH              test set (.npz/.npy); --x-key K[,K2] and --y-key K name its arrays
  --variants LIST             float32,float16 (default); also dynamic, int8
  --representative-dataset PATH  int8 calibration data (default: 200 seeded test samples, left out of
                              every figure)
  --max-int8-accuracy-drop PP  the dynamic and int8 variants' own limit vs float32 (default
                              --max-accuracy-drop)
  --max-accuracy-drop PP      default 1 (percentage points)
  --max-size-increase PCT     default 10
  --max-latency-increase PCT  default 25 (whole confidence interval past it)
  --max-output-diff X         off unless set
  --fail-on error|never       exit 1 on a breach (default) or report only
  --config PATH               per-model rules (default .tflite-gate.yml)
  --samples N                 at most N test samples per model
  --latency-runs N            timed runs per variant (default 100; 0 skips latency)
  --reference                 also run the source Keras model (tfjs): its accuracy and the conversion loss
  --output-dir DIR            write the .tflite variants and the report there
  --json PATH                 write report.json there
  --markdown PATH             write the markdown report there
  --help                      this text

Exit codes: 0 pass, 1 gate failed, 2 bad input, 3 internal error.
`;

const CONFIG_FLAGS = [
  'models', 'dataset', 'x-key', 'y-key', 'variants', 'max-accuracy-drop', 'max-size-increase', 'max-latency-increase',
  'max-output-diff', 'fail-on', 'config', 'samples', 'latency-runs', 'output-dir', 'representative-dataset',
  'max-int8-accuracy-drop',
] as const;

const FLAGS = {
  ...Object.fromEntries([...CONFIG_FLAGS, 'base', 'json', 'markdown'].map((name) => [name, { type: 'string' as const }])),
  reference: { type: 'boolean' as const },
};

/** The absolute path of a --json / --markdown output, refused before any work when its folder does not exist. */
function outputPath(cwd: string, flag: string, path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  const abs = resolve(cwd, path);
  if (!statSync(dirname(abs), { throwIfNoEntry: false })?.isDirectory()) {
    throw new GateError('usage', `the folder ${dirname(abs)} does not exist`, { file: abs }, `Create the folder first, or choose another ${flag} path.`);
  }
  return abs;
}

/** Write a whole file or nothing (temporary file + rename). */
function writeOutput(path: string, text: string): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, text);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new GateError('usage', `cannot write the report (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { file: path });
  }
}

async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseFlags(argv, FLAGS, false, { command: 'gate', positionalHint: (arg) => `To compare with a git ref, write --base ${arg}.` });
  const flag = (name: string) => values[name] as string | undefined;
  const root = await repositoryRoot(io.cwd);
  if (!root) throw new GateError('usage', `${io.cwd} is not inside a git repository`, {}, 'Run tflite-gate gate in a checkout.');
  const read = (name: string) => {
    if (name === 'reference') return values.reference ? 'true' : undefined;
    return (CONFIG_FLAGS as readonly string[]).includes(name) ? flag(name) : undefined;
  };
  const label = (name: string) => `--${name}`;
  const config = loadConfig(read, root, label);
  const json = outputPath(io.cwd, '--json', flag('json'));
  checkOutputDir(config, io.cwd, label);
  const markdownFile = outputPath(io.cwd, '--markdown', flag('markdown'));
  const ref = flag('base') ?? 'HEAD';
  const base = await resolveCommit(root, ref);
  if (!base) throw new GateError('usage', `--base "${ref}" names no commit in this repository`);
  const scratch = config.outputDir ? undefined : mkdtempSync(join(tmpdir(), 'tflite-gate-cli-'));
  try {
    const context = { eventName: 'cli', before: base, apiUrl: '', serverUrl: '', workspace: root, workingTree: true };
    const log = { info: (m: string) => io.stderr(`${m}\n`), warning: (m: string) => io.stderr(`warning: ${m}\n`) };
    const outputDir = resolve(io.cwd, config.outputDir ?? scratch!);
    const report = await runGate({ config, context, evaluator: liteRtEvaluator(), log, outputDir });
    const markdown = renderMarkdown(report);
    io.stdout(markdown);
    if (json) writeOutput(json, reportToJson(report));
    if (markdownFile) writeOutput(markdownFile, markdown);
    return report.verdict.passed || config.failOn === 'never' ? EXIT.pass : EXIT.gateFailed;
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

export const gateCommand: Command = {
  name: 'gate',
  summary: 'Gate the models changed since a git ref, as the GitHub Action does on a pull request',
  usage,
  run,
};
