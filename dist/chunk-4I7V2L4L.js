import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  findDistFile
} from "./chunk-VUKSY2HY.js";

// src/keras/h5-wasm-code.ts
import { readFileSync } from "node:fs";
var wasm = globalThis.WebAssembly;
var H5_WASM_FILE = "wasm/hdf5_util.wasm";
var compiling;
function compileH5Wasm() {
  if (!compiling) {
    const file = findDistFile(H5_WASM_FILE);
    compiling = file ? wasm.compile(readFileSync(file)) : Promise.resolve(void 0);
    compiling.catch(() => void 0);
  }
  return compiling;
}
function keepCompiledH5Wasm(code) {
  compiling = Promise.resolve(code);
}

export {
  wasm,
  compileH5Wasm,
  keepCompiledH5Wasm
};
