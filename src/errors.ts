/**
 * Named errors, one per failure mode. Every error a user can cause is a GateError: it names the file
 * and the place inside it, and says what to do. The CLI and the action map them to exit codes:
 * 0 pass, 1 gate failed, 2 bad input or usage, 3 internal error.
 */
import { excerpt } from './util/escape.js';

export type ErrorKind =
  | 'usage' // bad command-line arguments or action inputs
  | 'bad-model' // a model file that cannot be read (corrupt, truncated, not a model)
  | 'unsupported' // a readable model with layers/features we refuse (Lambda, subclassed, weights-only...)
  | 'bad-dataset' // a dataset that cannot be read or does not fit the model
  | 'timeout' // a reader that did not finish within its deadline (e.g. a looping HDF5 file)
  | 'runtime'; // the TFLite runtime refused or failed on a model

export interface ErrorPlace {
  /** The file at fault, as the user named it. */
  file?: string;
  /** Where inside it: a layer name, an HDF5 path, a zip entry, a byte offset, an input name. */
  where?: string;
}

/** Longest message and place an error carries (a layer name or a value can be as long as the file). */
const MAX_MESSAGE = 4000;
const MAX_WHERE = 300;

/** A long multi-line message cut to `max` characters, its own line breaks kept. */
function excerptLines(message: string, max: number): string {
  return `${message.slice(0, max)}… (${message.length - max} more characters)`;
}

export class GateError extends Error {
  readonly kind: ErrorKind;
  readonly file?: string;
  readonly where?: string;
  readonly hint?: string;

  constructor(kind: ErrorKind, message: string, place: ErrorPlace = {}, hint?: string) {
    // a message quotes names and values from the user's files: never more than a bounded excerpt of them
    super(message.length > MAX_MESSAGE ? excerptLines(message, MAX_MESSAGE) : message);
    this.name = 'GateError';
    this.kind = kind;
    this.file = place.file;
    this.where = place.where === undefined ? undefined : excerpt(place.where, MAX_WHERE);
    this.hint = hint;
  }

  /** Return a copy of this error that names `file` (when the pure core did not know it). */
  withFile(file: string): GateError {
    if (this.file) return this;
    return new GateError(this.kind, this.message, { file, where: this.where }, this.hint);
  }

  /** This error naming the file `from` as `to` instead (a resolved path shown as the user gave it). */
  renamingFile(from: string, to: string | undefined): GateError {
    if (!to || this.file !== from) return this;
    return new GateError(this.kind, this.message, { file: to, where: this.where }, this.hint);
  }

  /** One or two lines for a person: "file: where: message\n  hint". */
  format(): string {
    const head = [this.file, this.where].filter(Boolean).join(': ');
    const line = head ? `${head}: ${this.message}` : this.message;
    return this.hint ? `${line}\n  ${this.hint}` : line;
  }
}

export const EXIT = { pass: 0, gateFailed: 1, badInput: 2, internal: 3 } as const;

export function exitCodeFor(error: unknown): number {
  return error instanceof GateError ? EXIT.badInput : EXIT.internal;
}

/** A message for any thrown value, without a stack trace for GateErrors. */
export function describeError(error: unknown): string {
  if (error instanceof GateError) return error.format();
  if (error instanceof Error) return `internal error: ${error.message}`;
  return `internal error: ${String(error)}`;
}
