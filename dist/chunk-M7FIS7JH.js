import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  GateError
} from "./chunk-7QFZB7WA.js";

// src/data/options.ts
var DATA_OPTION_NAMES = ["x-key", "y-key", "scale", "offset", "mean", "std", "samples", "seed", "label-column"];
var NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
function toNumber(text, label) {
  const parts = text.split("/").map((p) => p.trim());
  if (parts.length <= 2 && parts.every((p) => NUMBER_TEXT.test(p))) {
    const v = parts.length === 2 ? Number(parts[0]) / Number(parts[1]) : Number(parts[0]);
    if (Number.isFinite(v)) return v;
  }
  throw new GateError("usage", `${label} must be a number (e.g. 0.5 or 1/255), got "${text}"`);
}
function toNumbers(text, label, nonZero = false) {
  const values = text.split(",").map((t) => toNumber(t.trim(), label));
  if (nonZero && values.includes(0)) throw new GateError("usage", `${label} must not contain 0, got "${text}"`);
  return values;
}
function toInteger(text, label, min, max = Number.MAX_SAFE_INTEGER) {
  const v = Number(text);
  if (!/^\d+$/.test(text.trim()) || v < min || v > max) throw new GateError("usage", `${label} must be an integer from ${min} to ${max}, got "${text}"`);
  return v;
}
function toKeys(text, label) {
  const keys = text.split(",").map((k) => k.trim());
  if (keys.some((k) => k === "")) throw new GateError("usage", `${label} must be a key or comma-separated keys, got "${text}"`);
  return keys;
}
function parseDataOptions(record, label = (n) => `--${n}`) {
  const get = (name) => {
    const camel = name.replace(/-(.)/g, (_, c) => c.toUpperCase());
    const v = record[name] ?? record[name.replace(/-/g, "_")] ?? record[camel];
    return v === void 0 || v.trim() === "" ? void 0 : v.trim();
  };
  const yKey = get("y-key");
  const out = { xKeys: toKeys(get("x-key") ?? "x", label("x-key")), yKey: yKey ?? "y", yKeyExplicit: yKey !== void 0 };
  const parsers = [
    ["y-key", (v, l) => {
      if (toKeys(v, l).length !== 1) throw new GateError("usage", `${l} takes one key, got "${v}"`);
    }],
    ["scale", (v, l) => out.scale = toNumber(v, l)],
    ["offset", (v, l) => out.offset = toNumber(v, l)],
    ["mean", (v, l) => out.mean = toNumbers(v, l)],
    ["std", (v, l) => out.std = toNumbers(v, l, true)],
    ["samples", (v, l) => out.samples = toInteger(v, l, 1)],
    ["seed", (v, l) => out.seed = toInteger(v, l, 0, 4294967295)],
    ["label-column", (v) => out.labelColumn = /^\d+$/.test(v) ? Number(v) : v]
  ];
  for (const [name, parse] of parsers) {
    const v = get(name);
    if (v !== void 0) parse(v, label(name));
  }
  return out;
}

export {
  DATA_OPTION_NAMES,
  parseDataOptions
};
