// A source's excerpt checked against its capture, the article as saved: every
// paragraph must be a line of the capture, in its order, and every line of it
// either in the excerpt or listed as left out; the headline, the translation
// and the questions name lines the excerpt has. What matches is numbered by
// its capture line, the number citations use.
import { isCirca } from './dates';
import type { ContentTree } from './load';
import { nearestLineNote } from './nearest-line';
import { captureLines, numberParagraphs, squash, type CaptureLine, type SourceParagraph } from './paragraphs';
import { schemas, type Source } from './schema';
import { nearest } from './suggest';

/** The first and last of the consecutive capture lines an excerpt paragraph runs together, if it is that. */
function joinedLines(text: string, lines: CaptureLine[]): [number, number] | undefined {
  const key = squash(text);
  for (const [i, first] of lines.entries()) {
    let run = squash(first.text);
    for (const next of lines.slice(i + 1)) {
      if (!key.startsWith(run)) break;
      run += squash(next.text);
      if (run === key) return [first.n, next.n];
    }
  }
  return undefined;
}

/** The kinds of capture line an excerpt leaves out, for messages. */
const LEFT_OUT_KINDS = schemas.sources.shape.capture.shape.leftOut.element.shape.kind.options;

/**
 * The capture lines a source leaves out of its excerpt, each with the field that lists it; a line the capture does
 * not have, or one listed twice, is reported instead.
 */
function leftOutLines(source: Source, count: number, report: (field: string, message: string) => void) {
  const at = new Map<number, string>();
  source.capture.leftOut.forEach((entry, i) =>
    entry.lines.forEach((n, j) => {
      const field = `capture.leftOut.${i}.lines.${j}`;
      const listed = at.get(n);
      if (n > count)
        report(
          field,
          `the capture ${source.capture.file} has no line ${n}; its lines are 1 to ${count}, blank lines not counted`,
        );
      else if (listed) report(field, `line ${n} is already ${listed}; list each line once`);
      else at.set(n, field);
    }),
  );
  return at;
}

/**
 * Whether a title is a headline line's words as published: the whole line, or all of it after a date that opens it
 * (Kazinform prints "date 2019-08-09" before its headline; taken as at most 24 characters, spaces aside, holding a
 * digit), so that a title cut short, at either end, is refused. Spaces do not count: the captures lost and doubled some.
 */
function isHeadline(title: string, line: string): boolean {
  const [words, printed] = [squash(title), squash(line)];
  if (!printed.endsWith(words)) return false;
  const before = printed.slice(0, printed.length - words.length);
  return before === '' || (before.length <= 24 && /\d/u.test(before));
}

/**
 * A headline is the excerpt's first paragraph (`first`), and a title that is not the site's (titleIsEditorial) is its
 * words as published, translated in titleTranslation when the source is not in English.
 */
function headlineProblems(source: Source, first: SourceParagraph): Array<[string, string]> {
  const { headline } = source.capture;
  if (headline === undefined)
    return source.titleIsEditorial
      ? []
      : [
          [
            'capture.headline',
            `is missing, and titleIsEditorial is false: give the capture line of the headline the title is from (the excerpt's first paragraph is line ${first.n}), or set titleIsEditorial: true if the capture has no headline and the title is the site's description`,
          ],
        ];
  if (headline !== first.n)
    return [
      [
        'capture.headline',
        `found ${headline}; the headline is the excerpt's first paragraph, capture line ${first.n} ("${first.text.slice(0, 60)}…"), or, if the capture has none, leave capture.headline out`,
      ],
    ];
  if (source.titleIsEditorial)
    return [
      [
        'titleIsEditorial',
        `is true, which says the capture has no headline, but capture.headline gives line ${headline}; set it to false and give the headline as title, or leave capture.headline out`,
      ],
    ];
  const problems: Array<[string, string]> = [];
  if (!isHeadline(source.title, first.text))
    problems.push([
      'title',
      `"${source.title}" is not the headline, capture line ${headline} ("${first.text}"); give the headline's words as published, whole: only a date that opens the line ("date 2019-08-09 …") may be left out`,
    ]);
  if (source.language !== 'en' && source.titleTranslation === undefined)
    problems.push([
      'titleTranslation',
      `is missing; a ${source.language} headline needs the site's English translation of it, as its page and every list that names the source show it`,
    ]);
  return problems;
}

/**
 * A source's excerpt numbered by its capture's lines, as far as they match; what is wrong with the excerpt and with
 * what the frontmatter says of the capture is reported at its field.
 */
export function sourceParagraphs(
  source: Source,
  body: string,
  tree: ContentTree,
  report: (field: string, message: string) => void,
): { found: SourceParagraph[]; matched: boolean } {
  // Citations name the source by its short name: its year is "ca." where the reference and /people/ write it so
  // (isCirca), so that a chip, the reference and /people/ agree.
  const { published } = source;
  const year = `(${isCirca(published) ? 'ca. ' : ''}${published.value.slice(0, 4)})`;
  const why =
    published.inferred && published.onOrBefore
      ? ', since the site infers the date and knows only the latest it can be'
      : published.inferred
        ? ', since the site infers the date'
        : published.onOrBefore
          ? ', since the site knows only the latest the date can be'
          : '';
  if (!source.shortTitle.includes(year))
    report(
      'shortTitle',
      `"${source.shortTitle}" does not give the year of publication as citations show it, ${year}${why}; e.g. "${source.shortTitle.replace(/\s*\([^)]*\)\s*$/, '')} ${year}"`,
    );
  // The site translates a source not in English; an English one's translation would be shown as if it were.
  if (source.language === 'en')
    for (const field of ['titleTranslation', 'translation'] as const)
      if (source[field] !== undefined)
        report(
          field,
          `the source is in English (language: en), and the site translates only a source that is not; remove ${field}, or give the language the source is in`,
        );
  const capture = tree.captures.get(source.capture.file);
  if (capture === undefined) {
    const meant = nearest(source.capture.file, [...tree.captures.keys()]);
    report(
      'capture.file',
      `no capture "${source.capture.file}" in ${tree.root}/captures/.${meant === undefined ? '' : ` Did you mean "${meant}"?`} Valid: the name of a file in ${tree.root}/captures/.`,
    );
    return { found: [], matched: true };
  }
  const lines = captureLines(capture);
  const leftOutAt = leftOutLines(source, lines.length, report);
  const { paragraphs: numbered, unmatched } = numberParagraphs(body, capture, new Set(leftOutAt.keys()));
  for (const text of unmatched) {
    const line = lines.find((l) => squash(l.text) === squash(text));
    const listed = line && leftOutAt.get(line.n);
    const run = line === undefined ? joinedLines(text, lines) : undefined;
    const near = line === undefined && run === undefined ? nearestLineNote(text, lines) : undefined;
    const why = run
      ? `holds capture lines ${run[0]} to ${run[1]} in one paragraph; put a blank line after each line`
      : line === undefined
        ? `is not a line of the capture ${source.capture.file} (white space aside); the excerpt must reproduce the article text${near ? `; ${near}` : ''}`
        : listed
          ? `is capture line ${line.n}, which ${listed} leaves out; take it out of the excerpt, or out of capture.leftOut`
          : `is capture line ${line.n} again; the excerpt gives each line of the capture once`;
    report('(body)', `paragraph "${text.slice(0, 60)}…" ${why}`);
  }
  // Every other check of the excerpt is against the paragraphs found.
  if (numbered.length === 0) {
    report(
      '(body)',
      body.trim() === ''
        ? "the excerpt has no paragraphs; expected the article's text below the frontmatter, one paragraph per capture line"
        : 'the excerpt has no paragraphs',
    );
    return { found: [], matched: unmatched.length === 0 };
  }
  const numbers = new Set(numbered.map((p) => p.n));
  // A line neither in the excerpt nor left out is article text dropped. A paragraph reworded is reported above, and
  // its line would be reported here too: the rest waits until the excerpt's own paragraphs are found.
  if (unmatched.length === 0) {
    for (const line of lines.filter((l) => !numbers.has(l.n) && !leftOutAt.has(l.n)))
      report(
        '(body)',
        `capture line ${line.n}, "${line.text.slice(0, 60)}…", is not in the excerpt; add it as a paragraph in its place, or, if it is not article text, list it in capture.leftOut with its kind (${LEFT_OUT_KINDS.join(', ')})`,
      );
  }
  const disordered = numbered.filter((p, i) => i > 0 && numbered[i - 1]!.n > p.n);
  for (const p of disordered)
    report(
      '(body)',
      `paragraph "${p.text.slice(0, 60)}…" is capture line ${p.n} and comes after line ${numbered[numbered.indexOf(p) - 1]!.n}; give the paragraphs in the capture's order`,
    );
  // Which paragraph is first is known once they are in order. A headline's line dropped from the excerpt is reported
  // above as dropped: putting it back is the fix, not moving capture.headline to the first paragraph left.
  const { headline } = source.capture;
  const headlineDropped =
    headline !== undefined && headline <= lines.length && !numbers.has(headline) && !leftOutAt.has(headline);
  if (disordered.length === 0 && !headlineDropped)
    for (const [field, message] of headlineProblems(source, numbered[0]!)) report(field, message);
  const translated = Object.keys(source.translation ?? {}).map(Number);
  // A paragraph not found because it is reworded is reported above, not again at each field that names its line.
  const absent = (n: number) => !numbers.has(n) && unmatched.length === 0;
  for (const n of translated) {
    if (absent(n)) report(`translation.${n}`, `the excerpt has no paragraph ${n}`);
  }
  source.capture.questions.forEach((n, i) => {
    const first = source.capture.questions.indexOf(n);
    if (first < i) {
      report(`capture.questions.${i}`, `line ${n} is already capture.questions.${first}; list each line once`);
    } else if (absent(n)) {
      report(
        `capture.questions.${i}`,
        `the excerpt has no paragraph ${n}; its paragraphs are ${[...numbers].join(', ')}`,
      );
    }
  });
  if (source.language !== 'en') {
    const missing = numbered.filter((p) => !translated.includes(p.n)).map((p) => p.n);
    if (missing.length)
      report(
        'translation',
        `a ${source.language} source needs the site's English translation of every paragraph; missing: ${missing.join(', ')}`,
      );
  }
  return { found: numbered, matched: unmatched.length === 0 };
}
