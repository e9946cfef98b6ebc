import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);

// src/report/text-table.ts
function textTable(header, rows, options = {}) {
  const all = header ? [header, ...rows] : rows;
  if (!all.length) return [];
  const widths = all[0].map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length)));
  const pad = (c, i) => i === 0 || options.left ? c.padEnd(widths[i]) : c.padStart(widths[i]);
  const line = (r) => `${options.indent ?? ""}${r.map(pad).join("  ")}`.trimEnd();
  const rule = `${options.indent ?? ""}${widths.map((w) => "\u2500".repeat(w)).join("  ")}`;
  return header ? [line(header), rule, ...rows.map(line)] : rows.map(line);
}
function className(cls, names) {
  const name = names?.[cls];
  return name === void 0 ? String(cls) : `${name} (${cls})`;
}

export {
  textTable,
  className
};
