import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);

// src/report/progress.ts
var bar = (done, total) => `[${"#".repeat(Math.round(done / total * 30)).padEnd(30, ".")}] ${done}/${total}`;
function ttyReporter(o) {
  const now = o.now ?? (() => performance.now());
  let last = -Infinity;
  let drawn = false;
  return {
    update(p) {
      const t = now();
      if (p.done !== void 0 && p.done !== p.total && t - last < 100) return;
      last = t;
      const label = [p.stage, p.item].filter(Boolean).join(" ");
      o.write(`\r\x1B[2K${label}${p.total ? ` ${bar(p.done ?? 0, p.total)}` : ""}`);
      drawn = true;
    },
    clear: () => drawn && o.write("\r\x1B[2K")
  };
}
function logReporter(o) {
  const now = o.now ?? (() => performance.now());
  const interval = o.intervalMs ?? 5e3;
  let key = "";
  let stageStart = now();
  let last = now();
  return {
    update(p) {
      const t = now();
      const k = `${p.stage} ${p.item ?? ""}`;
      if (k !== key) [key, stageStart] = [k, t];
      if (p.done === void 0 || !p.total || t - last < interval) return;
      last = t;
      const seconds = (t - stageStart) / 1e3;
      const rate = seconds > 0 ? `, ${(p.done / seconds).toFixed(p.done / seconds < 10 ? 1 : 0)} ${p.unit ?? o.units?.[p.stage] ?? "items"}/s` : "";
      o.write(`${[p.stage, p.item].filter(Boolean).join(" ")}: ${p.done}/${p.total} (${Math.floor(p.done / p.total * 100)}%)${rate}
`);
    },
    clear: () => void 0
  };
}
function progressReporter(o) {
  return o.isTTY ? ttyReporter(o) : logReporter(o);
}

export {
  progressReporter
};
