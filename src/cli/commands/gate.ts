/**
 * `tflite-gate gate`: the action's check, run locally. The models whose content differs between a git ref
 * and the working tree (github/changes.ts workingTreeModels) are evaluated head (working tree) vs base (the
 * ref) with the same Config, thresholds and report as the GitHub Action; the markdown report goes to stdout.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseFlags } from '../args.js';
import type { CliIO, Command } from '../command.js';
import { LIMIT_NAMES } from '../../config/limits.js';
import { checkOutputDir, loadConfig } from '../../config/load.js';
import { EXIT, GateError } from '../../errors.js';
import { repositoryRoot, resolveCommit } from '../../github/git.js';
import { runGate } from '../../pipeline/gate.js';
import { liteRtEvaluator } from '../../pipeline/gate-evaluator.js';
import { reportToJson } from '../../report/json.js';
import { renderMarkdown } from '../../report/markdown.js';
import { descriptorOf, isSpecialTarget, writeOutputFile } from '../../util/write-file.js';

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
  --variants LIST             float32,float16 (default)
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
  --markdown PATH             write the markdown report there (--json - or --markdown - : standard output)
  --max-model-mib N, --max-dataset-mib N, --max-image-pixels N, --max-csv-line-kib N, --max-config-depth N,
  --model-timeout-seconds N   resource limits (defaults 512, 2048, 50000000, 1024, 64, 1800)
  --help                      this text

Exit codes: 0 pass, 1 gate failed, 2 bad input, 3 internal error.
`;

const CONFIG_FLAGS = [
  'models', 'dataset', 'x-key', 'y-key', 'variants', 'max-accuracy-drop', 'max-size-increase', 'max-latency-increase',
  'max-output-diff', 'fail-on', 'config', 'samples', 'latency-runs', 'output-dir', ...LIMIT_NAMES,
];

const FLAGS = {
  ...Object.fromEntries([...CONFIG_FLAGS, 'base', 'json', 'markdown'].map((name) => [name, { type: 'string' as const }])),
  reference: { type: 'boolean' as const },
};

/** The absolute path of a --json / --markdown output, refused before any work when its folder does not exist; `-` and devices as they are. */
function outputPath(cwd: string, flag: string, path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  if (isSpecialTarget(path)) return path;
  const abs = resolve(cwd, path);
  if (!statSync(dirname(abs), { throwIfNoEntry: false })?.isDirectory()) {
    throw new GateError('usage', `the folder ${dirname(abs)} does not exist`, { file: abs }, `Create the folder first, or choose another ${flag} path.`);
  }
  return abs;
}

/** Write a whole report or nothing (util/write-file.ts; `-` and devices written through). */
function writeOutput(path: string, text: string): void {
  writeOutputFile(path, text, { mode: 'follow', what: 'the report' });
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
    if (![json, markdownFile].some((f) => f && descriptorOf(f) === 1)) io.stdout(markdown); // else the file given goes there
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
