/**
 * The one escaper for text a user or a pull request controls (file names, class names, layer and tensor
 * names, dataset keys, error text that quotes them) on its way out: into markdown (the PR comment, the job
 * summary, report.md), into log lines (workflow commands are read from the log), and into error messages
 * (a short excerpt, never the whole content). Pure functions.
 *
 * - markdownText: prose and table cells. No HTML (`<`, `>`, `&` as entities: no `</details>`, `<!--`, `<img>`),
 *   no link or image syntax (`[`, `]` escaped), no table-breaking `|`, no line breaks, no code-span breaks,
 *   no @-mentions (a zero-width space after the `@`), no bare URL that GitHub would make a link of.
 * - markdownCode: the inside of a `code span` (already inert to HTML and mentions): no backtick, no line break.
 * - logText: workflow-command data escaping as @actions/core's escapeData (`%`, CR, LF), so a name cannot
 *   start a new log line; logLines: the last guard before a line is printed, so `::command` or `##[command`
 *   cannot start a line whatever was put in it.
 * - excerpt: a short, single-line excerpt of file content (control characters shown escaped).
 */

/** Control characters, line/paragraph separators and bidirectional overrides ("trojan source"). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function visible(c: string): string {
  const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  return named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** At most `max` characters of `text` on one line, with what was left out counted. */
export function excerpt(text: string, max = 80): string {
  const chars = [...text];
  const shown = chars.slice(0, max).join('').replace(UNSAFE_CHARS, visible);
  return chars.length > max ? `${shown}… (${chars.length - max} more characters)` : shown;
}

/** A JSON-quoted excerpt: at most `max` characters inside the quotes (escaped as JSON), the rest counted. */
export function quoted(text: string, max = 80): string {
  const chars = [...text];
  const shown = JSON.stringify(chars.slice(0, max).join('')).replace(/[\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, visible);
  return chars.length > max ? `${shown}… (${chars.length - max} more characters)` : shown;
}

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ZWSP = '\u200b';

/** Where GitHub's autolinks start (`https://`, `ftp://`, `www.`): a zero-width space after the scheme or `www` stops them. */
const BARE_URL = /\b(https?|ftp)(?=:\/\/)|\bwww(?=\.)/gi;

/** Untrusted text for markdown prose or a table cell: shown as written, never markup. */
export function markdownText(text: string): string {
  return text
    .replace(/\s*(\r\n|\r|\n|\u2028|\u2029)\s*/g, ' — ')
    .replace(UNSAFE_CHARS, ' ')
    .replace(/[&<>]/g, (c) => HTML[c]!)
    .replace(/[\\`[\]|]/g, (c) => `\\${c}`)
    .replace(/(^|[^\w`])@(?=[\w-])/g, `$1@${ZWSP}`)
    .replace(BARE_URL, `$&${ZWSP}`);
}

/** Untrusted text inside a `code span`: no backtick can close it and no line break can end it. */
export function markdownCode(text: string): string {
  return text.replace(/\r\n|\r|\n|\u2028|\u2029/g, '⏎').replace(UNSAFE_CHARS, ' ').replace(/`/g, "'");
}

/** A code span of untrusted text. */
export function codeSpan(text: string): string {
  return `\`${markdownCode(text)}\``;
}

/** Untrusted text for a log line: @actions/core's escapeData (`%`, CR, LF), so it stays on its line. */
export function logText(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A line that the runner would read as a workflow command (`::name::`, or the old `##[name]`). */
const COMMAND_START = /^(\s*)(::|##\[)/;

/**
 * The last guard before text is printed to a log the runner parses: no line of it can start a workflow
 * command (a zero-width space is put before the `::` or `##[`).
 */
export function logLines(text: string): string {
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part) => part.replace(COMMAND_START, `$1${ZWSP}$2`))
    .join('');
}
