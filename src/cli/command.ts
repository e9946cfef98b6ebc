/** The shape of one CLI command. Commands parse their own flags (see ./flags.ts) and return an exit code. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal (progress bars are drawn only then). */
  isTTY: boolean;
  cwd: string;
}

/** What a command module exports: its help text and what it does. */
export interface Command {
  /** The help text (a function: some commands load what it lists only when it is shown). */
  usage(): string | Promise<string>;
  run(argv: string[], io: CliIO): Promise<number>;
}

/** A command as the top-level help lists it; its module is loaded only when it runs (start-up time). */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}
