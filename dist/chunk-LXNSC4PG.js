import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  missingValueError,
  positionalError,
  repeatedFlagError,
  unexpectedValueError,
  unknownFlagError
} from "./chunk-IBKIZNII.js";
import {
  SETTINGS,
  defaultOf,
  parseGiven,
  settingsIn,
  shownDefault
} from "./chunk-5ENQADBY.js";
import {
  GateError
} from "./chunk-JM7JNUOI.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
var kebab = (name) => name.replace(/_/g, "-");
function checkArgs(argv, options, allowPositionals, ctx) {
  const typedAs = /* @__PURE__ */ new Map();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") return typedAs;
    if (!arg.startsWith("-") || arg === "-") {
      if (!allowPositionals) throw positionalError(arg, ctx);
      continue;
    }
    const eq = arg.indexOf("=");
    const typed = eq === -1 ? arg : arg.slice(0, eq);
    const name = arg.startsWith("--") ? kebab(typed.slice(2)) : Object.keys(options).find((n) => options[n].short === typed.slice(1));
    const option = name === void 0 ? void 0 : options[name];
    if (!option || name === void 0) throw unknownFlagError(typed, Object.keys(options), ctx);
    const before = typedAs.get(name);
    if (before !== void 0 && !option.multiple) throw repeatedFlagError(before, typed, ctx);
    typedAs.set(name, typed);
    if (option.type === "boolean" && eq !== -1) throw unexpectedValueError(typed, ctx);
    if (option.type === "string" && eq === -1) {
      const next = argv[i + 1];
      if (next === void 0 || next.startsWith("--")) throw missingValueError(typed, ctx);
      i++;
    }
  }
  return typedAs;
}
var NEGATIVE_NUMBER = /^-\d|^-\.\d/;
function normalise(argv, options) {
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") return [...out, ...argv.slice(i)];
    const eq = arg.indexOf("=");
    const long = arg.startsWith("--") ? kebab(arg.slice(2, eq === -1 ? void 0 : eq)) : void 0;
    const short = !long && eq === -1 && /^-[^-]/.test(arg) ? Object.entries(options).find(([, o]) => o.short === arg.slice(1))?.[0] : void 0;
    const name = long ?? short;
    const next = argv[i + 1];
    if (eq === -1 && name && options[name]?.type === "string" && next !== void 0 && NEGATIVE_NUMBER.test(next)) {
      out.push(`--${name}=${next}`);
      i++;
    } else {
      out.push(long ? `--${long}${eq === -1 ? "" : arg.slice(eq)}` : arg);
    }
  }
  return out;
}
function parseFlags(argv, options, allowPositionals = false, ctx = {}) {
  const typedAs = checkArgs(argv, options, allowPositionals, ctx);
  try {
    return { ...parseArgs({ args: normalise(argv, options), options, allowPositionals, strict: true }), typedAs };
  } catch (error) {
    throw new GateError("usage", error.message.replace(/\. To specify a positional.*$/s, ""));
  }
}

// src/cli/flags.ts
function optionsOf(command) {
  return Object.fromEntries(settingsIn(command).map(([, s]) => [s.name, {
    type: s.value ? "string" : "boolean",
    ...s.multiple ? { multiple: true } : {},
    ...s.short ? { short: s.short } : {}
  }]));
}
function checkConflicts(command, given, label) {
  for (const [, s] of settingsIn(command)) {
    if (!given(s.name)) continue;
    for (const [other, why] of Object.entries(s.conflicts ?? {})) {
      if (given(other)) throw new GateError("usage", `${label(s.name)} and ${label(other)} cannot be given together: ${why}`, {}, `Give one of them. Run \`tflite-gate ${command} --help\`.`);
    }
  }
}
function readFlags(command, argv, ctx = {}) {
  const { values, positionals, typedAs } = parseFlags(argv, optionsOf(command), ctx.positionals ?? false, { ...ctx, command });
  const snake = [...typedAs.values()].some((t) => t.includes("_"));
  const label = (name) => typedAs.get(name) ?? `--${snake ? name.replace(/-/g, "_") : name}`;
  const given = (name) => values[name] !== void 0;
  checkConflicts(command, given, label);
  const nameOf = (id) => SETTINGS[id].name;
  const parse = (id, raw) => parseGiven(id, raw, label(nameOf(id)));
  return {
    positionals,
    given: (id) => given(nameOf(id)),
    value: (id) => parse(id, values[nameOf(id)]) ?? defaultOf(id),
    values: (id) => [values[nameOf(id)] ?? []].flat().map((raw) => parse(id, raw)),
    raw: (name) => {
      const v = values[name];
      return v === void 0 ? void 0 : String(Array.isArray(v) ? v[v.length - 1] : v);
    },
    label
  };
}
function flagText(s) {
  return `${s.short ? `-${s.short}, ` : ""}--${s.name}${s.value ? ` ${s.value}` : ""}`;
}
function wrap(text, width, indent) {
  const lines = [""];
  for (const word of text.split(" ")) {
    const last = lines[lines.length - 1];
    if (last && indent + last.length + 1 + word.length > width) lines.push(word);
    else lines[lines.length - 1] = last ? `${last} ${word}` : word;
  }
  return lines.join(`
${" ".repeat(indent)}`);
}
function optionsHelp(command) {
  const rows = settingsIn(command).map(([, s]) => {
    const shown = shownDefault(s);
    return [flagText(s), `${s.help}${shown !== void 0 ? ` (default ${shown})` : ""}`];
  });
  rows.push(["-h, --help", "this text"]);
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  return [
    "Options (kebab-case as shown; snake_case works too, e.g. --keras_model_file):",
    ...rows.map(([flag, help]) => `  ${flag.padEnd(width)}${wrap(help, 110, width + 2)}`)
  ].join("\n");
}

export {
  readFlags,
  optionsHelp
};
