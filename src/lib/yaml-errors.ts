// A frontmatter the YAML parser cannot read: where it stopped, as the file's line, and the likeliest mending of the
// commonest slips, for the validator's message.

/** Why the YAML parser could not read a frontmatter, and where: the line of the file, counted from 1, and its text. */
export interface YamlError {
  reason: string;
  line?: { number: number; text: string } | undefined;
  /** Set when a line before the parser's stop opens a value in quotes and does not close it: the line given is that one. */
  unclosedQuote?: true | undefined;
}

/**
 * A YAML error as the parser (js-yaml) throws it, its line counted in the file: the frontmatter it was given begins
 * with the rest of the opening "---" line.
 */
export function yamlError(error: unknown, code: string): YamlError {
  const { reason, mark } = error as { reason?: unknown; mark?: { line?: unknown } };
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  if (typeof reason !== 'string' || typeof mark?.line !== 'number') return { reason: message };
  const lines = code.split(/\r?\n/);
  const opening = code.slice(0, Math.max(code.search(/^\uFEFF?---/m), 0)).split('\n').length;
  const stop = opening + mark.line;
  // A value in quotes never closed runs on over the lines below, to where the parser stops: name the line it opens.
  const unclosed = unclosedQuoteLine(lines, opening, stop, '"') || unclosedQuoteLine(lines, opening, stop, "'");
  const number = unclosed || stop;
  return { reason, line: { number, text: lines[number - 1] ?? '' }, ...(unclosed ? { unclosedQuote: true } : {}) };
}

/**
 * The first line of a frontmatter, after its "---" line `opening` and up to the line `stop` (both counted from 1),
 * whose value opens a quote mark it does not close: an escaped \" in double quotes, or '' in single quotes, is no
 * quote mark. 0 when none does.
 */
function unclosedQuoteLine(lines: string[], opening: number, stop: number, mark: '"' | "'"): number {
  const opens = new RegExp(`^\\s*(?:-\\s+)?(?:[\\w-]+:\\s*)?${mark}`);
  const escaped = mark === '"' ? /\\./g : /''/g;
  for (let i = opening; i < Math.min(stop, lines.length); i++) {
    const line = lines[i]!;
    if (opens.test(line) && line.replace(escaped, '').split(mark).length % 2 === 0) return i + 1;
  }
  return 0;
}

/** A field's unquoted value that holds ": ", which YAML reads as a field inside the value. */
const COLON_IN_VALUE = /^\s*(?:-\s+)?[\w-]+:\s+[^\s"'|>[{#][^#]*?:(?:\s|$)/;
/** A value in quotes with more text after its closing quote mark: a quote mark inside the text closed it early. */
const TEXT_AFTER_QUOTES = /^\s*(?:-\s+)?(?:[\w-]+:\s+)?(["']).*?\1\s*[^\s#,\]}]/;

/** A frontmatter YAML cannot read: where, why, and the likeliest mending of the commonest slips. */
export function yamlMessage(error: YamlError): string {
  const { reason, line } = error;
  if (!line) return `is not valid YAML: ${reason}`;
  const shown = line.text.trim().length > 60 ? `${line.text.trim().slice(0, 60)}…` : line.text.trim();
  // A quote mark inside a value in quotes closes it early; where it leaves one open, the value runs on below.
  const hint = /\btab\b/.test(reason)
    ? '; indent with spaces'
    : TEXT_AFTER_QUOTES.test(line.text)
      ? '; a value in quotes ends at its next quote mark, so the text after it is read as YAML: inside the text use “ ” and ’, or write \\" for a straight quote mark'
      : error.unclosedQuote
        ? '; the value in quotes this line opens has no closing quote mark on it'
        : COLON_IN_VALUE.test(line.text)
          ? '; YAML reads the second ": " on the line as the start of a field: put the whole value in double quotes'
          : /indentation/.test(reason)
            ? '; a field lines up with the other fields of its object (see this line and the one before it), further in than the field that holds them'
            : '';
  return `is not valid YAML: line ${line.number} (“${shown}”): ${reason}${hint}`;
}
