/**
 * `tflite-gate gate`: the action's check, run locally. The models whose content differs between a git ref
 * and the working tree (repo/changes.ts workingTreeModels) are evaluated head (working tree) vs base (the
 * ref) with the same Config, thresholds and report as the GitHub Action; the markdown report goes to stdout.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { optionsHelp, readFlags } from '../flags.js';
import type { CliIO, Command } from '../command.js';
import { checkOutputDir, loadConfig } from '../../config/load.js';
import { EXIT, GateError } from '../../errors.js';
import { repositoryRoot, resolveCommit } from '../../repo/git.js';
import { runGate } from '../../pipeline/gate.js';
import { gitModelSource } from '../../repo/source.js';
import { liteRtEvaluator, type GateProgress } from '../../pipeline/gate-evaluator.js';
import { STAGE_UNITS } from '../../pipeline/evaluate.js';
import { progressReporter } from '../../report/progress.js';
import { reportToJson } from '../../report/json.js';
import { renderMarkdown } from '../../report/markdown.js';
import { checkWritable, descriptorOf, isSpecialTarget, writeOutputFile } from '../../util/write-file.js';

const usage = () => `
Usage: tflite-gate gate [--base REF] [options]

Gate the models changed in the working tree since REF (default HEAD: uncommitted changes; e.g. origin/main
for a branch), as the GitHub Action does on a pull request: each model is converted, evaluated in the
working tree and at REF, compared and judged. The markdown report is printed; .tflite-gate.yml is read
from the repository root when present.

A model is changed when its content differs between REF and the working tree: committed, staged,
unstaged and untracked (not ignored) files count; models that did not change are counted in the report,
not evaluated. A rename git sees (git mv, or the new name added) is compared with the old path at REF;
an untracked copy under a new name is added, and the old name deleted. Paths given as flags are relative
to the current folder; paths in .tflite-gate.yml are relative to the repository root.

${optionsHelp('gate')}

Exit codes: 0 pass, 1 gate failed, 2 bad input, 3 internal error.
`;

/** The absolute path of a --json / --markdown output, refused before any work when it cannot be written (missing folders are created); `-` and devices as they are. */
function outputPath(cwd: string, flag: string, path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  if (isSpecialTarget(path)) return path;
  const abs = resolve(cwd, path);
  checkWritable(abs, 'file', { mode: 'follow', what: 'the report', hint: `Choose another ${flag} path.` });
  return abs;
}

/** Write a whole report or nothing (util/write-file.ts; `-` and devices written through). */
function writeOutput(path: string, text: string): void {
  writeOutputFile(path, text, { mode: 'follow', what: 'the report' });
}

/** A path flag (relative to the current folder) as the config takes it: repository-relative when inside the repository. */
function fromCwd(cwd: string, root: string, path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  const rel = relative(root, resolve(cwd, path));
  return rel.startsWith('..') || isAbsolute(rel) ? resolve(cwd, path) : rel;
}

async function run(argv: string[], io: CliIO): Promise<number> {
  const flags = readFlags('gate', argv, { positionalHint: (arg) => `To compare with a git ref, write --base ${arg}.` });
  const root = await repositoryRoot(io.cwd);
  if (!root) throw new GateError('usage', `${io.cwd} is not inside a git repository`, {}, 'Run tflite-gate gate in a checkout.');
  const read = (name: string) => (name === 'dataset' || name === 'config' ? fromCwd(io.cwd, root, flags.raw(name)) : flags.raw(name));
  const config = loadConfig(read, root, flags.label);
  const json = outputPath(io.cwd, flags.label('json'), flags.value('json'));
  checkOutputDir(config, io.cwd, flags.label);
  const markdownFile = outputPath(io.cwd, flags.label('markdown'), flags.value('markdown'));
  const ref = flags.value('base')!;
  const base = await resolveCommit(root, ref);
  if (!base) throw new GateError('usage', `${flags.label('base')} "${ref}" names no commit in this repository`);
  const scratch = config.outputDir ? undefined : mkdtempSync(join(tmpdir(), 'tflite-gate-cli-'));
  try {
    const context = { eventName: 'cli', before: base, apiUrl: '', serverUrl: '', workspace: root, workingTree: true, ...(/^[0-9a-f]{7,40}$/i.test(ref) ? {} : { baseName: ref }) };
    const quiet = Boolean(flags.value('quiet'));
    const log = { info: (m: string) => quiet || io.stderr(`${m}\n`), warning: (m: string) => io.stderr(`warning: ${m}\n`) };
    const outputDir = resolve(io.cwd, config.outputDir ?? scratch!);
    const source = await gitModelSource({ context, limits: config.limits });
    const reporter = quiet ? undefined : progressReporter({ isTTY: io.isTTY, write: io.stderr });
    const progress: GateProgress | undefined = reporter && ((model, p) => reporter.update({ stage: `${model}: ${p.stage}`, item: p.variant, done: p.done, total: p.total, unit: STAGE_UNITS[p.stage] }));
    const report = await runGate({ config, context, source, evaluator: liteRtEvaluator(progress), log, outputDir }).finally(() => reporter?.clear());
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
  usage,
  run,
};
