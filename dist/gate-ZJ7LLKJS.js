import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  liteRtEvaluator
} from "./chunk-VYJ7WLOF.js";
import {
  optionsHelp,
  readFlags
} from "./chunk-LXNSC4PG.js";
import {
  progressReporter
} from "./chunk-3WFLGIDE.js";
import {
  checkOutputDir,
  gitModelSource,
  loadConfig,
  repositoryRoot,
  resolveCommit,
  runGate
} from "./chunk-6JDI4WD7.js";
import "./chunk-7BETCH66.js";
import "./chunk-IBKIZNII.js";
import "./chunk-2P5MLAOL.js";
import {
  STAGE_UNITS
} from "./chunk-2MK3M4XQ.js";
import "./chunk-XB5KZJKT.js";
import "./chunk-WKI2T3DP.js";
import "./chunk-AW4F7ZYW.js";
import "./chunk-BEIMX3LC.js";
import {
  renderMarkdown,
  reportToJson
} from "./chunk-7TMT5C7E.js";
import "./chunk-NS7MILRS.js";
import "./chunk-OEDVM243.js";
import "./chunk-TKDOPEIY.js";
import "./chunk-5ENQADBY.js";
import "./chunk-7GLZMHWQ.js";
import {
  checkWritable,
  descriptorOf,
  isSpecialTarget,
  writeOutputFile
} from "./chunk-6YMK3QD6.js";
import "./chunk-4I7V2L4L.js";
import "./chunk-Y7ESAQLF.js";
import "./chunk-YWNQQDKI.js";
import "./chunk-NF5IC4FN.js";
import "./chunk-5HW4JSTL.js";
import "./chunk-GJIP554E.js";
import "./chunk-QPIMBNKW.js";
import "./chunk-MO7GGIUG.js";
import "./chunk-VXPXEBFC.js";
import "./chunk-KDPSR7WJ.js";
import "./chunk-N3FMHTQB.js";
import "./chunk-KHIVFZ2B.js";
import "./chunk-EMLYJQEM.js";
import "./chunk-G3D2S6V7.js";
import "./chunk-VUKSY2HY.js";
import "./chunk-LHSQ66CC.js";
import {
  EXIT,
  GateError
} from "./chunk-JM7JNUOI.js";
import "./chunk-7AIIOF2D.js";

// src/cli/commands/gate.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join, relative, resolve } from "node:path";
var usage = () => `
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

${optionsHelp("gate")}

Exit codes: 0 pass, 1 gate failed, 2 bad input, 3 internal error.
`;
function outputPath(cwd, flag, path) {
  if (path === void 0) return void 0;
  if (isSpecialTarget(path)) return path;
  const abs = resolve(cwd, path);
  checkWritable(abs, "file", { mode: "follow", what: "the report", hint: `Choose another ${flag} path.` });
  return abs;
}
function writeOutput(path, text) {
  writeOutputFile(path, text, { mode: "follow", what: "the report" });
}
function fromCwd(cwd, root, path) {
  if (path === void 0) return void 0;
  const rel = relative(root, resolve(cwd, path));
  return rel.startsWith("..") || isAbsolute(rel) ? resolve(cwd, path) : rel;
}
async function run(argv, io) {
  const flags = readFlags("gate", argv, { positionalHint: (arg) => `To compare with a git ref, write --base ${arg}.` });
  const root = await repositoryRoot(io.cwd);
  if (!root) throw new GateError("usage", `${io.cwd} is not inside a git repository`, {}, "Run tflite-gate gate in a checkout.");
  const read = (name) => name === "dataset" || name === "config" ? fromCwd(io.cwd, root, flags.raw(name)) : flags.raw(name);
  const config = loadConfig(read, root, flags.label);
  const json = outputPath(io.cwd, flags.label("json"), flags.value("json"));
  checkOutputDir(config, io.cwd, flags.label);
  const markdownFile = outputPath(io.cwd, flags.label("markdown"), flags.value("markdown"));
  const ref = flags.value("base");
  const base = await resolveCommit(root, ref);
  if (!base) throw new GateError("usage", `${flags.label("base")} "${ref}" names no commit in this repository`);
  const scratch = config.outputDir ? void 0 : mkdtempSync(join(tmpdir(), "tflite-gate-cli-"));
  try {
    const context = { eventName: "cli", before: base, apiUrl: "", serverUrl: "", workspace: root, workingTree: true, .../^[0-9a-f]{7,40}$/i.test(ref) ? {} : { baseName: ref } };
    const quiet = Boolean(flags.value("quiet"));
    const log = { info: (m) => quiet || io.stderr(`${m}
`), warning: (m) => io.stderr(`warning: ${m}
`) };
    const outputDir = resolve(io.cwd, config.outputDir ?? scratch);
    const source = await gitModelSource({ context, limits: config.limits });
    const reporter = quiet ? void 0 : progressReporter({ isTTY: io.isTTY, write: io.stderr });
    const progress = reporter && ((model, p) => reporter.update({ stage: `${model}: ${p.stage}`, item: p.variant, done: p.done, total: p.total, unit: STAGE_UNITS[p.stage] }));
    const report = await runGate({ config, context, source, evaluator: liteRtEvaluator(progress), log, outputDir }).finally(() => reporter?.clear());
    const markdown = renderMarkdown(report);
    if (![json, markdownFile].some((f) => f && descriptorOf(f) === 1)) io.stdout(markdown);
    if (json) writeOutput(json, reportToJson(report));
    if (markdownFile) writeOutput(markdownFile, markdown);
    return report.verdict.passed || config.failOn === "never" ? EXIT.pass : EXIT.gateFailed;
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}
var gateCommand = {
  usage,
  run
};
export {
  gateCommand
};
