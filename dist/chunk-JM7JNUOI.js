import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);

// src/util/escape.ts
var UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function visible(c) {
  const named = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
  return named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
function excerpt(text, max = 80) {
  const chars = [...text];
  const shown = chars.slice(0, max).join("").replace(UNSAFE_CHARS, visible);
  return chars.length > max ? `${shown}\u2026 (${chars.length - max} more characters)` : shown;
}
function quoted(text, max = 80) {
  const chars = [...text];
  const shown = JSON.stringify(chars.slice(0, max).join("")).replace(/[\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, visible);
  return chars.length > max ? `${shown}\u2026 (${chars.length - max} more characters)` : shown;
}
var HTML = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
var ZWSP = "\u200B";
var BARE_URL = /\b(https?|ftp)(?=:\/\/)|\bwww(?=\.)/gi;
function markdownText(text) {
  return text.replace(/\s*(\r\n|\r|\n|\u2028|\u2029)\s*/g, " \u2014 ").replace(UNSAFE_CHARS, " ").replace(/[&<>]/g, (c) => HTML[c]).replace(/[\\`[\]|]/g, (c) => `\\${c}`).replace(/(^|[^\w`])@(?=[\w-])/g, `$1@${ZWSP}`).replace(BARE_URL, `$&${ZWSP}`);
}
function markdownCode(text) {
  return text.replace(/\r\n|\r|\n|\u2028|\u2029/g, "\u23CE").replace(UNSAFE_CHARS, " ").replace(/`/g, "'");
}
function codeSpan(text) {
  return `\`${markdownCode(text)}\``;
}
function logText(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
var COMMAND_START = /^(\s*)(::|##\[)/;
function logLines(text) {
  return text.split(/(\r\n|\r|\n)/).map((part) => part.replace(COMMAND_START, `$1${ZWSP}$2`)).join("");
}

// src/errors.ts
var MAX_MESSAGE = 4e3;
var MAX_WHERE = 300;
function excerptLines(message, max) {
  return `${message.slice(0, max)}\u2026 (${message.length - max} more characters)`;
}
var GateError = class _GateError extends Error {
  kind;
  file;
  where;
  hint;
  constructor(kind, message, place = {}, hint) {
    super(message.length > MAX_MESSAGE ? excerptLines(message, MAX_MESSAGE) : message);
    this.name = "GateError";
    this.kind = kind;
    this.file = place.file;
    this.where = place.where === void 0 ? void 0 : excerpt(place.where, MAX_WHERE);
    this.hint = hint;
  }
  /** Return a copy of this error that names `file` (when the pure core did not know it). */
  withFile(file) {
    if (this.file) return this;
    return new _GateError(this.kind, this.message, { file, where: this.where }, this.hint);
  }
  /** This error naming the file `from` as `to` instead (a resolved path shown as the user gave it). */
  renamingFile(from, to) {
    if (!to || this.file !== from) return this;
    return new _GateError(this.kind, this.message, { file: to, where: this.where }, this.hint);
  }
  /** One or two lines for a person: "file: where: message\n  hint". */
  format() {
    const head = [this.file, this.where].filter(Boolean).join(": ");
    const line = head ? `${head}: ${this.message}` : this.message;
    return this.hint ? `${line}
  ${this.hint}` : line;
  }
};
var EXIT = { pass: 0, gateFailed: 1, badInput: 2, internal: 3 };
function exitCodeFor(error) {
  return error instanceof GateError ? EXIT.badInput : EXIT.internal;
}
function describeError(error) {
  if (error instanceof GateError) return error.format();
  if (error instanceof Error) return `internal error: ${error.message}`;
  return `internal error: ${String(error)}`;
}

export {
  excerpt,
  quoted,
  markdownText,
  codeSpan,
  logText,
  logLines,
  GateError,
  EXIT,
  exitCodeFor,
  describeError
};
