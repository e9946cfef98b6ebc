export * from './types.js';
export { renderMarkdown, summaryLine, COMMENT_LIMIT, type MarkdownOptions } from './markdown.js';
export { reportToJson, parseReportJson, mergeReports } from './json.js';
export { graphChange, opDifferences } from './ops.js';
