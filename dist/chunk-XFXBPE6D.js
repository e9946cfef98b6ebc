import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  SETTINGS,
  defaultOf,
  parseGiven
} from "./chunk-5ENQADBY.js";

// src/config/data-options.ts
function dataOptions(given) {
  const yKey = given("y-key");
  const out = { xKeys: given("x-key") ?? defaultOf("x-key"), yKey: yKey ?? defaultOf("y-key"), yKeyExplicit: yKey !== void 0 };
  for (const id of ["scale", "offset", "samples", "seed"]) {
    const v = given(id);
    if (v !== void 0) out[id] = v;
  }
  for (const id of ["mean", "std"]) {
    const v = given(id);
    if (v !== void 0) out[id] = v;
  }
  const column = given("label-column");
  if (column !== void 0) out.labelColumn = column;
  return out;
}
function parseDataOptions(record, label = (n) => `--${n}`) {
  return dataOptions((id) => {
    const name = SETTINGS[id].name;
    const camel = name.replace(/-(.)/g, (_, c) => c.toUpperCase());
    return parseGiven(id, record[name] ?? record[name.replace(/-/g, "_")] ?? record[camel], label(name));
  });
}

export {
  dataOptions,
  parseDataOptions
};
