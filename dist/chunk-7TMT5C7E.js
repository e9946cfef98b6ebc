import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  noiseLines,
  quantizationLines
} from "./chunk-NS7MILRS.js";
import {
  absolute,
  classLosses,
  isNoSourceNote,
  latencyRatio,
  points,
  relative,
  sourceLine
} from "./chunk-OEDVM243.js";
import {
  bytes,
  cell,
  code,
  count,
  ms,
  percent,
  sig,
  signed,
  sortBreaches,
  sortComparisons,
  withoutPath
} from "./chunk-7GLZMHWQ.js";
import {
  GateError
} from "./chunk-JM7JNUOI.js";

// src/metrics/thresholds.ts
var THRESHOLD_INPUTS = {
  maxAccuracyDrop: "max-accuracy-drop",
  maxInt8AccuracyDrop: "max-int8-accuracy-drop",
  maxSizeIncrease: "max-size-increase",
  maxLatencyIncrease: "max-latency-increase",
  maxOutputDiff: "max-output-diff"
};
var LIMIT_TOLERANCE = 1e-9;
function exceeds(actual, limit) {
  if (Number.isNaN(actual)) return true;
  return actual - limit > LIMIT_TOLERANCE * Math.max(1, Math.abs(limit));
}

// src/report/thresholds.ts
var UNITS = {
  maxAccuracyDrop: " pp",
  maxInt8AccuracyDrop: " pp",
  maxSizeIncrease: "%",
  maxLatencyIncrease: "%",
  maxOutputDiff: ""
};
function thresholdList(t) {
  const set = Object.keys(THRESHOLD_INPUTS).filter((k) => t[k] !== void 0);
  return set.map((k) => `\`${THRESHOLD_INPUTS[k]}\` ${t[k]}${UNITS[k]}`).join(", ");
}
function thresholdsLine(t, lead = "Thresholds") {
  const list = thresholdList(t);
  return list ? `${lead}: ${list}.` : "No thresholds set.";
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table2, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table2.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table2[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table2[rowIndex].length;
    }
    while (++columnIndex2 < table2[rowIndex].length) {
      const cell2 = serialize(table2[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell2);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell2);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code2 = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code2;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code2 = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code2 === 99) {
      before = ":";
      after = ":";
    } else if (code2 === 108) {
      before = ":";
    } else if (code2 === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell2 = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell2;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell2 = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code2 = alignments[columnIndex];
        if (code2 === 114) {
          before = " ".repeat(size);
        } else if (code2 === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell2 === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell2);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code2 = typeof value === "string" ? value.codePointAt(0) : 0;
  return code2 === 67 || code2 === 99 ? 99 : code2 === 76 || code2 === 108 ? 108 : code2 === 82 || code2 === 114 ? 114 : 0;
}

// src/report/columns.ts
var rel = (better) => (b, h) => relative(b, h, better);
var COLUMNS = [
  { title: "Size", value: (v) => v.size.fileBytes, show: bytes, delta: rel("lower") },
  { title: "Accuracy (top-1)", value: (v) => v.classification?.top1, show: percent, delta: (b, h) => points(b, h) },
  { title: "MAE", value: (v) => v.regression?.mae, show: (x) => String(sig(x)), delta: (b, h) => absolute(b, h, "lower", 4) },
  { title: "Latency p50", value: (v) => v.latency?.p50Ms, show: ms, delta: rel("lower") },
  { title: "MACs", value: (v) => v.macs, show: count, delta: rel("lower") },
  { title: "Arena", value: (v) => v.arenaBytes, show: bytes, delta: rel("lower") }
];
function valueOf(col, v) {
  const x = v ? col.value(v) : void 0;
  return x !== void 0 && Number.isFinite(x) ? x : void 0;
}
function columnCell(col, head, base, latency) {
  const h = valueOf(col, head);
  const b = valueOf(col, base);
  if (h === void 0) return b === void 0 ? "\u2014" : `${col.show(b)} \u2192 \u2014`;
  const interleaved = col.title === "Latency p50" ? latency : void 0;
  if (b === void 0 || b === h && !interleaved) return col.show(h);
  const change = interleaved ? latencyRatio(interleaved) : col.delta(b, h);
  return `${col.show(b)} \u2192 ${col.show(h)} (${change})`;
}

// src/report/ops.ts
function opDifferences(from, to) {
  const names = [.../* @__PURE__ */ new Set([...Object.keys(from), ...Object.keys(to)])].sort();
  return names.flatMap((name) => {
    const change = (to[name] ?? 0) - (from[name] ?? 0);
    return change === 0 ? [] : [`${signed(change, 0)} ${name}`];
  });
}
function weightDtype(v) {
  const entries = Object.entries(v.size.weightBytesByDtype).filter(([, n]) => n > 0);
  entries.sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  return entries[0]?.[0];
}
function graphChange(from, to) {
  const parts = opDifferences(from.ops, to.ops);
  const a = weightDtype(from);
  const b = weightDtype(to);
  if (a && b && a !== b) parts.push(`weights ${a} \u2192 ${b}`);
  return parts.join(", ");
}

// src/report/details.ts
var MAX_CLASSES = 5;
function vsFloat32Losses(c) {
  return (c.head?.variants ?? []).flatMap(
    (v) => (v.vsFloat32?.classesLosingMost ?? []).slice(0, MAX_CLASSES).map((l) => ({
      where: `${v.variant} vs float32`,
      cls: l.cls,
      from: l.float32,
      to: l.variant
    }))
  );
}
function variantLosses(c, h) {
  const base = c.base?.variants.find((b) => b.variant === h.variant)?.classification;
  if (!base || !h.classification) return [];
  return classLosses(base.perClass, h.classification.perClass, MAX_CLASSES);
}
function headVsBaseLosses(c) {
  const groups = [];
  for (const h of c.head?.variants ?? []) {
    const losses = variantLosses(c, h);
    const key = JSON.stringify(losses);
    const same = groups.find((g) => g.key === key);
    if (same) same.variants.push(h.variant);
    else if (losses.length) groups.push({ variants: [h.variant], key, losses });
  }
  return groups.flatMap((g) => g.losses.map((l) => ({ where: `${g.variants.join(", ")} base \u2192 head`, ...l })));
}
function classesLosingMost(c) {
  const losses = [...vsFloat32Losses(c), ...headVsBaseLosses(c)].filter((l) => l.from > l.to);
  if (!losses.length) return "";
  const names = c.head?.classNames;
  const name = (cls) => names?.[cls] === void 0 ? String(cls) : cell(`${names[cls]} (${cls})`);
  const rows = losses.map((l) => [l.where, name(l.cls), percent(l.from), percent(l.to), points(l.from, l.to)]);
  return markdownTable([["Comparison", "Class", "Before", "After", "Change"], ...rows], { align: ["l", "r", "r", "r", "r"], alignDelimiters: false });
}
function weights(v) {
  const entries = Object.entries(v.size.weightBytesByDtype).sort(([a], [b]) => a < b ? -1 : 1);
  return entries.map(([dtype, n]) => `${dtype} ${bytes(n)}`).join(", ") || "\u2014";
}
var opt = (x, show) => x === void 0 ? "\u2014" : show(x);
function detailRow(v) {
  const agree = v.vsFloat32?.agreement;
  return [
    v.variant,
    bytes(v.size.gzipBytes),
    count(v.size.params),
    weights(v),
    opt(v.classification?.top5, percent),
    agree === void 0 ? "\u2014" : `${percent(agree)} (${v.vsFloat32?.flipped ?? 0} flipped)`,
    opt(v.vsFloat32?.maxAbsDiff, (x) => String(sig(x))),
    opt(v.latency?.p90Ms, ms),
    opt(v.latency?.p99Ms, ms),
    opt(v.latency?.initMs, ms)
  ];
}
var DETAIL_HEAD = ["Variant", "Gzip", "Params", "Weights", "Top-5", "Agrees with float32", "Max abs diff", "p90", "p99", "Init"];
function detailsTable(c) {
  const e = c.head ?? c.base;
  if (!e) return "";
  const table2 = markdownTable([DETAIL_HEAD, ...e.variants.map(detailRow)], { align: ["l", ...DETAIL_HEAD.slice(1).map(() => "r")], alignDelimiters: false });
  const samples = e.variants[0]?.classification?.samples ?? e.variants[0]?.regression?.samples;
  const facts = [
    `Runtime: ${e.runtime}`,
    e.dataset ? `Dataset: ${cell(e.dataset)}${samples ? ` (${samples} samples)` : ""}` : void 0,
    c.base ? `Versions: ${cell(c.base.ref)} \u2192 ${cell(c.head?.ref ?? "\u2014")}` : `Version: ${cell(e.ref)}`,
    ...e.notes.filter((n) => !isNoSourceNote(n)).map((n) => `Note: ${cell(n)}`),
    ...quantizationLines(e).map((l) => `Quantization, ${cell(l)}`)
  ].filter(Boolean);
  return `${table2}

${facts.map((f) => `- ${f}`).join("\n")}`;
}

// src/report/model.ts
function find(vs, name) {
  return vs?.find((v) => v.variant === name);
}
function statusMark(c, breaches, unchecked = []) {
  if (c.error !== void 0 || breaches.length > 0 || unchecked.length > 0) return "\u274C";
  return c.status === "deleted" ? "\u{1F5D1}\uFE0F" : "\u2705";
}
var STATUS_TEXT = {
  added: "new model, no base version",
  modified: "base \u2192 head",
  deleted: "deleted in this change",
  unchanged: "unchanged"
};
function table(c) {
  const rows = (c.head ?? c.base)?.variants ?? [];
  const columns = COLUMNS.filter(
    (col) => [...c.head?.variants ?? [], ...c.base?.variants ?? []].some((v) => Number.isFinite(col.value(v)))
  );
  const body = rows.map((r) => {
    const head = c.head ? find(c.head.variants, r.variant) : void 0;
    const base = find(c.base?.variants, r.variant);
    const latency = c.latency?.find((l) => l.variant === r.variant);
    return [r.variant, ...columns.map((col) => columnCell(col, head, base, latency))];
  });
  return markdownTable([["Variant", ...columns.map((col) => col.title)], ...body], {
    align: ["l", ...columns.map(() => "r")],
    alignDelimiters: false
  });
}
function graphLines(c) {
  const lines = [];
  const ref = find(c.head?.variants, "float32");
  for (const v of c.head?.variants ?? []) {
    const change = ref && v !== ref ? graphChange(ref, v) : "";
    if (change) lines.push(`- Graph, ${v.variant} vs float32: ${cell(change)}`);
  }
  for (const v of c.head?.variants ?? []) {
    const base = find(c.base?.variants, v.variant);
    const change = base ? graphChange(base, v) : "";
    if (change) lines.push(`- Graph, ${v.variant} base \u2192 head: ${cell(change)}`);
  }
  for (const l of c.latency ?? []) lines.push(`- Latency ${l.variant}, head / base (interleaved runs): ${latencyRatio(l)}`);
  return lines;
}
function heading(c, breaches, unchecked) {
  const renamed = c.basePath !== void 0 ? ` (renamed from ${code(c.basePath)}, judged by its settings until merged)` : "";
  return `### ${statusMark(c, breaches, unchecked)} ${code(c.path)} \u2014 ${STATUS_TEXT[c.status]}${renamed}`;
}
function oneLine(c, breaches, unchecked) {
  const why = c.error !== void 0 ? "could not be evaluated" : breaches.length ? `${breaches.length} threshold breach(es)` : unchecked.length ? `${unchecked.length} check(s) could not be made` : STATUS_TEXT[c.status];
  return `- ${statusMark(c, breaches, unchecked)} ${code(c.path)}: ${why}`;
}
function renderModel(c, breaches, detail, unchecked = []) {
  if (detail === "line") return oneLine(c, breaches, unchecked);
  const parts = [heading(c, breaches, unchecked)];
  if (c.error !== void 0) parts.push(`> [!CAUTION]
> ${cell(withoutPath(c.error, c.path))}`);
  if (c.baseError !== void 0) parts.push(`> [!CAUTION]
> The base version could not be evaluated, so nothing was compared with it: ${cell(withoutPath(c.baseError, c.path))}`);
  if (c.baseDataError !== void 0) parts.push(`> [!CAUTION]
> The base version cannot run on the test set: size, operators, MACs and arena are compared, accuracy cannot be: ${cell(withoutPath(c.baseDataError, c.path))}`);
  const failures = [
    ...breaches.map((b) => `- \u274C \`${b.threshold}\`: ${cell(b.message)}`),
    ...unchecked.map((u) => `- \u274C \`${u.check}\` cannot be checked: ${cell(withoutPath(u.message, c.path))}`)
  ];
  if (failures.length) parts.push(failures.join("\n"));
  if (c.thresholds && c.status !== "deleted") parts.push(thresholdsLine(c.thresholds, "Thresholds applied"));
  if (c.head || c.base) parts.push(table(c));
  if (detail === "table") return parts.join("\n\n");
  const lines = [sourceLine(c), ...noiseLines(c), ...graphLines(c)].filter(Boolean);
  if (lines.length) parts.push(lines.join("\n"));
  if (detail === "compact") return parts.join("\n\n");
  const losing = classesLosingMost(c);
  if (losing) parts.push(`<details><summary>Classes losing most accuracy</summary>

${losing}

</details>`);
  const details = detailsTable(c);
  if (details) parts.push(`<details><summary>Details</summary>

${details}

</details>`);
  return parts.join("\n\n");
}

// src/report/markdown.ts
var COMMENT_LIMIT = 65536;
var FOLDS = [
  ["full", "full"],
  ["full", "compact"],
  ["compact", "table"],
  ["compact", "line"],
  ["table", "line"],
  ["line", "line"]
];
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
var TOP_BREACHES = 20;
function byModel(breaches, unchecked = []) {
  const map = /* @__PURE__ */ new Map();
  for (const b of breaches) map.set(b.model, [...map.get(b.model) ?? [], b]);
  for (const u of unchecked) if (u.model !== void 0 && !map.has(u.model)) map.set(u.model, []);
  return map;
}
function failed(c, breaches) {
  return c.error !== void 0 || breaches.has(c.path);
}
function uncheckedWhy(unchecked) {
  if (!unchecked.length) return "";
  const [first] = unchecked;
  const more = unchecked.length > 1 ? ` (and ${unchecked.length - 1} more check${unchecked.length > 2 ? "s" : ""} that could not be made)` : "";
  const who = first.model === void 0 ? "" : `${code(first.model)}: `;
  return `${who}\`${first.check}\` cannot be checked: ${cell(withoutPath(first.message, first.model ?? ""))}${more}`;
}
function summaryLine(report, title = "tflite-gate") {
  const { comparisons, verdict } = report;
  const unchecked = verdict.unchecked ?? [];
  if (!comparisons.length && verdict.passed) return `## \u2705 ${title}: no changed model files to check`;
  if (!comparisons.length) return `## \u274C ${title}: no model checked \u2014 ${uncheckedWhy(unchecked)}`;
  const breaches = byModel(verdict.breaches, unchecked);
  const failing = comparisons.filter((c) => failed(c, breaches)).length;
  if (verdict.passed) return `## \u2705 ${title}: ${comparisons.length === 1 ? "the model passes" : `all ${comparisons.length} models pass`}`;
  const why = [
    verdict.breaches.length ? plural(verdict.breaches.length, "threshold breach").replace("breachs", "breaches") : "",
    verdict.errors.length ? `${plural(verdict.errors.length, "model")} could not be evaluated` : "",
    uncheckedWhy(unchecked)
  ].filter(Boolean);
  return `## \u274C ${title}: ${failing} of ${plural(comparisons.length, "model")} failed \u2014 ${why.join(", ")}`;
}
function breachList(report, max = Infinity, listedBelow = () => false) {
  const lines = sortBreaches(report.verdict.breaches).filter((b) => !listedBelow(b.model)).map(
    (b) => `- \u274C ${code(b.model)}${b.variant ? ` ${b.variant}` : ""} \`${b.threshold}\`: ${cell(b.message)}`
  );
  lines.push(...report.verdict.errors.filter((e) => !listedBelow(e.model)).map((e) => `- \u274C ${code(e.model)}: ${cell(withoutPath(e.message, e.model))}`));
  lines.push(...(report.verdict.unchecked ?? []).filter((u) => u.model === void 0 || !listedBelow(u.model)).map((u) => {
    const who = u.model === void 0 ? "" : `${code(u.model)} `;
    return `- \u274C ${who}\`${u.check}\` cannot be checked: ${cell(withoutPath(u.message, u.model ?? ""))}`;
  }));
  if (lines.length <= max) return lines.join("\n");
  return [...lines.slice(0, max), `- \u2026 and ${lines.length - max} more (see each model below, or report.json)`].join("\n");
}
function render(report, fold, title, maxBreaches = TOP_BREACHES) {
  const breaches = byModel(report.verdict.breaches, report.verdict.unchecked);
  const head = [summaryLine(report, title)];
  if (report.notices?.length) head.push(noticeBlock(report.notices));
  if (report.context) head.push(report.context);
  const detailOf = (c) => failed(c, breaches) ? fold?.[0] : fold?.[1];
  const inSection = new Set(report.comparisons.filter((c) => detailOf(c) !== void 0 && detailOf(c) !== "line").map((c) => c.path));
  const list = breachList(report, maxBreaches, (model) => inSection.has(model));
  if (list) head.push(list);
  head.push(thresholdsLine(report.thresholds));
  if (!fold) return head.join("\n\n") + "\n";
  const sections = sortComparisons(report.comparisons).map((c) => {
    const unchecked = (report.verdict.unchecked ?? []).filter((u) => u.model === c.path);
    return renderModel(c, breaches.get(c.path) ?? [], detailOf(c), unchecked);
  });
  const lineOnly = fold[0] === "line" && fold[1] === "line";
  return [...head, lineOnly ? sections.join("\n") : sections.join("\n\n")].join("\n\n") + "\n";
}
function noticeBlock(notices) {
  return ["> [!WARNING]", ...notices.flatMap((n, i) => [...i ? [">"] : [], ...n.split("\n").map((l) => `> ${l}`)])].join("\n");
}
function foldNote(step) {
  const what = step === 1 ? "details of passing models" : "detail";
  return `> [!NOTE]
> Some ${what} folded to stay under GitHub's 65,536-character comment limit. The full report is in the job summary and the \`report.json\` artifact.
`;
}
function renderMarkdown(report, options = {}) {
  const max = options.maxChars ?? Infinity;
  for (let step = 0; step < FOLDS.length; step++) {
    const body = render(report, FOLDS[step], options.title);
    const text = step === 0 ? body : `${body}
${foldNote(step)}`;
    if (text.length <= max) return text;
  }
  for (let keep = TOP_BREACHES; keep >= 0; keep = keep > 5 ? Math.floor(keep / 2) : keep - 1) {
    const text = `${render(report, void 0, options.title, keep)}
${foldNote(FOLDS.length)}`;
    if (text.length <= max) return text;
  }
  return summaryLine(report, options.title).slice(0, max);
}

// src/metrics/unchecked.ts
var NO_ACCURACY_NOTE = /no labels|no accuracy|no error stats/;
function hasLabelledResult(e) {
  return e.variants.some((v) => v.classification !== void 0 || v.regression !== void 0);
}
function noAccuracy(c, head) {
  const why = head.notes.find((n) => NO_ACCURACY_NOTE.test(n));
  const message = `the test set ${head.dataset} gives no accuracy for this model${why ? ` (${why})` : ""}, so the accuracy threshold cannot be checked`;
  return { model: c.path, check: THRESHOLD_INPUTS.maxAccuracyDrop, message };
}
function uncheckable(c, t, requested = t) {
  if (c.error !== void 0 || c.status === "deleted") return [];
  const out = [];
  if (c.baseError !== void 0) {
    out.push({ model: c.path, check: "base version", message: `the base version could not be evaluated, so nothing was compared with it: ${c.baseError}` });
  }
  if (t.maxAccuracyDrop === void 0) return out;
  if (requested.maxAccuracyDrop !== void 0 && c.head?.dataset !== void 0 && !hasLabelledResult(c.head)) out.push(noAccuracy(c, c.head));
  if (c.baseDataError !== void 0) {
    const message = `the base version cannot run on the test set, so head accuracy cannot be compared with base: ${c.baseDataError}`;
    out.push({ model: c.path, check: THRESHOLD_INPUTS.maxAccuracyDrop, message });
  }
  return out;
}

// src/metrics/verdict.ts
var pct = (x, digits = 1) => `${(x * 100).toFixed(digits)}%`;
var num = (x) => Number.isFinite(x) ? String(Number(x.toPrecision(4))) : String(x);
var signedPct = (x) => `${x >= 0 ? "+" : ""}${x.toFixed(1)}%`;
function variantOf(e, v) {
  return e?.variants.find((r) => r.variant === v);
}
function breach(model, variant, key, limit, actual, message) {
  return { model, variant, threshold: THRESHOLD_INPUTS[key], limit, actual, message };
}
function dropLimit(t, variant) {
  const integer = variant === "int8" || variant === "dynamic";
  return integer && t.maxInt8AccuracyDrop !== void 0 ? ["maxInt8AccuracyDrop", t.maxInt8AccuracyDrop] : ["maxAccuracyDrop", t.maxAccuracyDrop];
}
var accuracyVsFloat32 = (c, t) => {
  const ref = variantOf(c.head, "float32")?.classification;
  if (!c.head || !ref) return [];
  return c.head.variants.flatMap((v) => {
    const acc = v.classification;
    const [key, limit] = dropLimit(t, v.variant);
    if (v.variant === "float32" || !acc || limit === void 0) return [];
    const drop = (ref.top1 - acc.top1) * 100;
    if (!exceeds(drop, limit)) return [];
    const message = `${v.variant} top-1 accuracy is ${drop.toFixed(2)} pp below float32 (${pct(acc.top1, 2)} vs ${pct(ref.top1, 2)}); limit ${limit} pp`;
    return [breach(c.path, v.variant, key, limit, drop, message)];
  });
};
var outputDiff = (c, t) => {
  const limit = t.maxOutputDiff;
  if (limit === void 0 || !c.head) return [];
  return c.head.variants.flatMap((v) => {
    const diff = v.vsFloat32?.maxAbsDiff;
    if (v.variant === "float32" || diff === void 0 || !exceeds(diff, limit)) return [];
    const message = `${v.variant} max abs output difference vs float32 is ${num(diff)}; limit ${limit}`;
    return [breach(c.path, v.variant, "maxOutputDiff", limit, diff, message)];
  });
};
function headBasePairs(c) {
  if (!c.head || !c.base) return [];
  return c.head.variants.flatMap((h) => {
    const b = variantOf(c.base, h.variant);
    return b ? [[b, h]] : [];
  });
}
var accuracyVsBase = (c, t) => {
  const limit = t.maxAccuracyDrop;
  if (limit === void 0) return [];
  return headBasePairs(c).flatMap(([b, h]) => {
    if (!b.classification || !h.classification) return [];
    const drop = (b.classification.top1 - h.classification.top1) * 100;
    if (!exceeds(drop, limit)) return [];
    const message = `${h.variant} top-1 accuracy dropped ${drop.toFixed(2)} pp vs base (${pct(h.classification.top1, 2)} vs ${pct(b.classification.top1, 2)}); limit ${limit} pp`;
    return [breach(c.path, h.variant, "maxAccuracyDrop", limit, drop, message)];
  });
};
var sizeVsBase = (c, t) => {
  const limit = t.maxSizeIncrease;
  if (limit === void 0) return [];
  return headBasePairs(c).flatMap(([b, h]) => {
    const increase = (h.size.fileBytes / b.size.fileBytes - 1) * 100;
    if (!exceeds(increase, limit)) return [];
    const message = `${h.variant} file grew ${increase.toFixed(1)}% vs base (${b.size.fileBytes} \u2192 ${h.size.fileBytes} bytes); limit ${limit}%`;
    return [breach(c.path, h.variant, "maxSizeIncrease", limit, increase, message)];
  });
};
var latencyVsBase = (c, t) => {
  const limit = t.maxLatencyIncrease;
  if (limit === void 0 || !c.latency) return [];
  return c.latency.flatMap((l) => {
    const increase = (l.ratio - 1) * 100;
    const lowIncrease = (l.ciLow - 1) * 100;
    if (!exceeds(lowIncrease, limit)) return [];
    const ci = `CI ${signedPct(lowIncrease)} to ${signedPct((l.ciHigh - 1) * 100)}`;
    const message = `${l.variant} latency rose ${increase.toFixed(1)}% vs base (${ci}, whole interval past the limit); limit ${limit}%`;
    return [breach(c.path, l.variant, "maxLatencyIncrease", limit, increase, message)];
  });
};
var CHECKS = [accuracyVsFloat32, outputDiff, accuracyVsBase, sizeVsBase, latencyVsBase];
function judge(comparisons, thresholds, requested = thresholds) {
  const breaches = [];
  const errors = [];
  const unchecked = [];
  for (const c of comparisons) {
    if (c.error !== void 0) {
      errors.push({ model: c.path, message: c.error });
      continue;
    }
    for (const check of CHECKS) breaches.push(...check(c, thresholds));
    unchecked.push(...uncheckable(c, thresholds, requested));
  }
  return verdictOf(breaches, errors, unchecked);
}
function verdictOf(breaches, errors, unchecked = []) {
  const passed = breaches.length === 0 && errors.length === 0 && unchecked.length === 0;
  return { passed, breaches, errors, ...unchecked.length ? { unchecked } : {} };
}

// src/report/types.ts
var REPORT_SCHEMA = "tflite-gate/report@1";

// src/report/json.ts
function reportToJson(report) {
  const sorted = { ...report, comparisons: sortComparisons(report.comparisons) };
  return `${JSON.stringify(sorted, null, 2)}
`;
}
function parseReportJson(text, file) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new GateError("usage", `not valid JSON: ${error.message}`, { file }, "Pass the report.json files written by tflite-gate.");
  }
  const r = value;
  if (!r || r.schema !== REPORT_SCHEMA || !Array.isArray(r.comparisons) || !r.verdict) {
    throw new GateError("usage", `not a tflite-gate report (expected "schema": "${REPORT_SCHEMA}")`, { file, where: "schema" });
  }
  return r;
}
function mergeReports(reports, commentKey) {
  const seen = /* @__PURE__ */ new Set();
  const comparisons = reports.flatMap((r) => r.comparisons).filter((c) => !seen.has(c.path) && seen.add(c.path));
  const kept = new Set(comparisons.map((c) => c.path));
  const breaches = sortBreaches(reports.flatMap((r) => r.verdict.breaches).filter((b, i, all) => kept.has(b.model) && all.findIndex((x) => x.message === b.message && x.model === b.model) === i));
  const errors = reports.flatMap((r) => r.verdict.errors).filter((e, i, all) => all.findIndex((x) => x.model === e.model) === i);
  const unchecked = reports.flatMap((r) => r.verdict.unchecked ?? []).filter((u, i, all) => all.findIndex((x) => x.model === u.model && x.message === u.message) === i);
  const verdict = verdictOf(breaches, errors, unchecked);
  const notices = [...new Set(reports.flatMap((r) => r.notices ?? []))];
  return {
    schema: REPORT_SCHEMA,
    commentKey,
    thresholds: reports[0]?.thresholds ?? {},
    variants: reports[0]?.variants ?? ["float32"],
    comparisons: sortComparisons(comparisons),
    verdict,
    context: reports.find((r) => r.context)?.context,
    ...notices.length ? { notices } : {}
  };
}
function requireReports(report, expected) {
  const reported = new Set(report.comparisons.map((c) => c.path));
  const missing = "error" in expected ? [{ check: "reports", message: `the changed models could not be listed to check that each has a report: ${expected.error}` }] : expected.paths.filter((p) => !reported.has(p)).map((model) => ({
    model,
    check: "report",
    message: "no matrix job reported on this changed model (its job failed before writing report.json, or its artifact is missing), so it was not gated"
  }));
  if (missing.length === 0) return report;
  const unchecked = [...report.verdict.unchecked ?? [], ...missing];
  return { ...report, verdict: verdictOf(report.verdict.breaches, report.verdict.errors, unchecked) };
}

export {
  THRESHOLD_INPUTS,
  exceeds,
  COMMENT_LIMIT,
  summaryLine,
  renderMarkdown,
  CHECKS,
  judge,
  verdictOf,
  REPORT_SCHEMA,
  reportToJson,
  parseReportJson,
  mergeReports,
  requireReports
};
