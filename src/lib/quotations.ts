// What the site puts in quotation marks (“…”) is the source's own words. A statement's quotation must stand word for
// word in a paragraph it cites, as published (never in the site's translation of it, which is the site's words, not
// the source's: a German paragraph is quoted in German); an inference's basis, and a revision (which cites nothing),
// may quote any paragraph of the sources its record cites; a source's notes on its capture, the bases of its publisher
// and its date, and its revisions quote the capture; a person's spelling and an organization's abbreviation stand in
// every paragraph cited for them. White space, the form of an apostrophe and the case of a piece's first letter
// aside (a quotation may begin mid-sentence in its source and start a sentence on the page, or the other way round);
// "…" marks a cut, each piece in order.
import { citationText, parseCitation, sourcesCitedIn } from './citations';
import { datePrecision, dayInOtherYear, statesDay, statesDayWithoutYear } from './dates';
import type { ContentTree } from './load';
import { QUOTATION, WORD_CHARACTER } from './quote-language';
import type { ParagraphIndex, Problem, ValidEntry } from './validate';

/** The text as compared: one space for any run of white space, one kind of apostrophe. */
export const plain = (text: string) => text.replace(/\s+/g, ' ').replace(/[’‘]/g, "'");

/** A piece of a quotation as it may stand in its source: as written, or with its first letter in the other case. */
const casings = (piece: string) => {
  const first = piece.charAt(0);
  const other = first === first.toLowerCase() ? first.toUpperCase() : first.toLowerCase();
  return other === first ? [piece] : [piece, other + piece.slice(1)];
};

/**
 * Where a piece of a quotation first stands in a text at or after `from`, as whole words: a piece that begins or ends
 * with a letter does not begin or end inside a word of the text ('ecurity' is not quoted from 'security'). -1 if
 * nowhere.
 */
function wholeWordsAt(haystack: string, piece: string, from: number): number {
  const inWord = (i: number) => WORD_CHARACTER.test(haystack.charAt(i));
  const cutsBefore = WORD_CHARACTER.test(piece.charAt(0));
  const cutsAfter = WORD_CHARACTER.test(piece.charAt(piece.length - 1));
  for (let at = haystack.indexOf(piece, from); at >= 0; at = haystack.indexOf(piece, at + 1))
    if (!(cutsBefore && inWord(at - 1)) && !(cutsAfter && inWord(at + piece.length))) return at;
  return -1;
}

/** Whether a quotation stands in a text, every piece of a cut quotation in order. */
export function quotes(text: string, quotation: string): boolean {
  const pieces = plain(quotation)
    .split(/…|\.\.\./)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const haystack = plain(text);
  let from = 0;
  for (const piece of pieces) {
    const found = casings(piece)
      .map((form) => wholeWordsAt(haystack, form, from))
      .filter((at) => at >= 0);
    if (found.length === 0) return false;
    from = Math.min(...found) + piece.length;
  }
  return true;
}

const quotationsIn = (text: string) => [...text.matchAll(QUOTATION)].map((m) => m[1]!);

/** Every string of a record that passes `keep`, with its field path and the citations of the object that holds it. */
function stringsIn(data: unknown, keep: (text: string) => boolean) {
  const found: Array<{ field: string; key: string; text: string; cites: string[] | undefined }> = [];
  const visit = (value: unknown, at: string[], held: string[] | undefined) => {
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...at, String(i)], held));
    else if (value !== null && typeof value === 'object') {
      const own = (value as { cites?: unknown }).cites;
      const next = Array.isArray(own) ? (own as string[]) : undefined;
      for (const [key, v] of Object.entries(value)) {
        if (typeof v === 'string') {
          if (keep(v)) found.push({ field: [...at, key].join('.'), key, text: v, cites: next });
        } else visit(v, [...at, key], next);
      }
    }
  };
  visit(data, [], undefined);
  return found;
}

/**
 * The text of a cited paragraph as published, not the site's translation of it; undefined for a source that failed its
 * own checks or a paragraph it does not have, which the validator reports as such.
 */
export function citedParagraph(paragraphs: ParagraphIndex, cite: string): string | undefined {
  const { source, paragraph } = parseCitation(cite);
  return paragraphs.get(source)?.find((p) => p.n === paragraph)?.text;
}

/** Every string of a record that quotes (“…”). */
const quotingStringsIn = (data: unknown) => stringsIn(data, (text) => text.includes('“'));

/** Quotation marks other than “…”: a German „…“, guillemets, straight "…". The build could not check such a quotation. */
const OTHER_QUOTATION_MARK = /[„«»‹›"]/;

export function misquotations(entries: ValidEntry[], paragraphs: ParagraphIndex, tree: ContentTree): Problem[] {
  // A citation of a source that failed its own checks, or of a paragraph it does not have, the validator reports as
  // such; its text is undefined here and its quotations go unchecked, so one broken source does not bring a problem
  // per quotation.
  const citedText = (cite: string) => citedParagraph(paragraphs, cite);
  const everyParagraph = (source: string) => {
    const numbered = paragraphs.get(source);
    return numbered?.length ? numbered.map((p) => p.text).join('\n') : undefined;
  };

  const problems: Problem[] = [];
  for (const e of entries) {
    // A name as the sources spell it, and an organization's abbreviation, are their words too: each stands in every
    // paragraph cited for it.
    const names =
      e.collection === 'people'
        ? e.data.spellings.map((n, i) => ({ ...n, field: `spellings.${i}.text` }))
        : e.collection === 'organizations' && e.data.abbreviation
          ? [{ ...e.data.abbreviation, field: 'abbreviation.text' }]
          : [];
    for (const name of names)
      for (const cite of name.cites.filter((c) => {
        const text = citedText(c);
        return text !== undefined && !quotes(text, name.text);
      }))
        problems.push({
          file: e.file,
          field: name.field,
          message: `“${name.text}” is not in ${cite} word for word; cite the paragraphs that spell it so`,
        });
    if (e.collection === 'sources') {
      // A capture that is not there is reported at capture.file (src/lib/excerpts.ts), not at every quotation of it.
      const capture = tree.captures.get(e.data.capture.file);
      if (capture === undefined) continue;
      for (const s of quotingStringsIn({
        capture: e.data.capture,
        publisher: e.data.publisher,
        published: e.data.published,
        revisions: e.data.revisions,
      })) {
        for (const q of quotationsIn(s.text).filter((q) => !quotes(capture, q)))
          problems.push({
            file: e.file,
            field: s.field,
            message: `“${q}” is not in the capture ${e.data.capture.file}; quote it word for word`,
          });
      }
      continue;
    }
    // Only a source's own fields (its headline as published) may hold them.
    for (const s of stringsIn(e.data, (text) => OTHER_QUOTATION_MARK.test(text)))
      problems.push({
        file: e.file,
        field: s.field,
        message: `holds ${OTHER_QUOTATION_MARK.exec(s.text)![0]}, a quotation mark the build cannot check; the site quotes a source only in “…”, which it checks word for word against the paragraph cited: write “…”`,
      });
    for (const s of quotingStringsIn(e.data)) {
      const quoted = quotationsIn(s.text);
      const cited = s.key !== 'basis' && s.cites?.length ? s.cites : undefined;
      const recordSources = cited ? [] : sourcesCitedIn(e.data);
      const texts = cited ? cited.map(citedText) : recordSources.map(everyParagraph);
      if (texts.includes(undefined)) continue;
      const where = texts.join('\n');
      for (const q of quoted.filter((q) => !quotes(where, q)))
        problems.push({
          file: e.file,
          field: s.field,
          message: cited
            ? `“${q}” is not in ${cited.join(', ')} word for word; quote the paragraph as published, “…” marking a cut, or cite the paragraph that holds it`
            : `“${q}” is not in any paragraph of ${recordSources.join(', ') || 'a source this record cites'} word for word; quote the source as published, “…” marking a cut`,
        });
    }
  }
  return problems;
}

/** The fields of a source that name its paragraphs and may cite them, beside them, in \`cites\`. */
const CITING_SOURCE_FIELDS = new Set(['publisher.basis', 'capture.notes']);

/** "¶11" or "¶11–14" in a text: a paragraph, or a run of them, that it names (a run with a hyphen is one too). */
const PARAGRAPH_SIGN = /¶(\d+)(?:[–-](\d+))?/g;

/** The same in words: "paragraph 2", "Paragraphs 6–7", "paragraphs 2, 5, 11 and 13" (each number or run in the list). */
const PARAGRAPHS_IN_WORDS = /\b[Pp]aragraphs? (\d+(?:[–-]\d+)?(?:(?:,? and |, )\d+(?:[–-]\d+)?)*)/g;

/** A paragraph or run a text names, as written ("¶11–14", "paragraphs 6–7"), with its first and last numbers. */
interface ParagraphReference {
  reference: string;
  first: string;
  last: string;
}

/** Every paragraph or run a text names, with ¶ or in words, in the order the text names them. */
function paragraphReferences(text: string): ParagraphReference[] {
  const signs = [...text.matchAll(PARAGRAPH_SIGN)].map((m) => ({
    at: m.index,
    reference: m[0],
    first: m[1]!,
    last: m[2] ?? m[1]!,
  }));
  const words = [...text.matchAll(PARAGRAPHS_IN_WORDS)].flatMap((m) =>
    [...m[1]!.matchAll(/(\d+)(?:([–-])(\d+))?/g)].map((n) => ({
      at: m.index + n.index,
      reference: `${n[2] ? 'paragraphs' : 'paragraph'} ${n[0]}`,
      first: n[1]!,
      last: n[3] ?? n[1]!,
    })),
  );
  return [...signs, ...words]
    .sort((a, b) => a.at - b.at)
    .map(({ reference, first, last }) => ({ reference, first, last }));
}

/** The paragraphs "¶11" or "¶11–14" names (`first`, `last` as paragraphReferences reads them): 11, or 11 to 14. */
const paragraphRun = (first: string, last: string = first): number[] =>
  Array.from({ length: Math.max(Number(last) - Number(first) + 1, 0) }, (_, i) => Number(first) + i);

/**
 * A statement that names a paragraph ("(¶15)", "¶11–14", "paragraphs 6 and 21") rests on it, so it cites it: each
 * paragraph it names is among its citations, of any source it cites. A string held by no `cites` (a revision) is not
 * checked: it cites nothing; but a source's publisher basis and notes on its capture, which may cite, must when they
 * name a paragraph.
 */
export function uncitedParagraphs(entries: ValidEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const e of entries) {
    for (const s of stringsIn(e.data, (text) => /¶|paragraph/i.test(text))) {
      const references = paragraphReferences(s.text);
      if (!s.cites?.length) {
        // A source's publisher basis and its notes on the capture can cite its paragraphs: one they name, they cite.
        if (e.collection === 'sources' && CITING_SOURCE_FIELDS.has(s.field) && references.length) {
          const add = new Set(references.flatMap(({ first, last }) => paragraphRun(first, last)));
          problems.push({
            file: e.file,
            field: s.field,
            message: `names ${references.map(({ reference }) => reference).join(', ')} but cites nothing; add cites with ${[...add].map((n) => `"${citationText({ source: e.id, paragraph: n })}"`).join(', ')} beside it`,
          });
        }
        continue;
      }
      const cited = new Set(s.cites.map((c) => parseCitation(c).paragraph));
      const sources = [...new Set(s.cites.map((c) => parseCitation(c).source))];
      for (const { reference, first, last } of references) {
        // A run that ends before it starts would name no paragraph, and so pass whatever it cites.
        if (Number(last) < Number(first)) {
          problems.push({
            file: e.file,
            field: s.field,
            message: `names ${reference}, a run that ends before it starts; write it ${reference.replace(/\d+[–-]\d+$/, `${last}–${first}`)}`,
          });
          continue;
        }
        const uncited = paragraphRun(first, last).filter((n) => !cited.has(n));
        if (uncited.length === 0) continue;
        const add = uncited
          .map((n) => sources.map((source) => `"${citationText({ source, paragraph: n })}"`).join(' or '))
          .join(', ');
        problems.push({
          file: e.file,
          field: s.field,
          message: `names ${reference} but cites ${s.cites.join(', ')}; add ${add} to its cites, or name only the paragraphs it cites`,
        });
      }
    }
  }
  return problems;
}

/**
 * Every date of a record (an object with a `value` and its `cites`), with its field path; the earliest a date can be
 * (`onOrAfter`) too, cited by the same paragraphs.
 */
function datesIn(
  data: unknown,
  at: string[] = [],
): Array<{ field: string; value: string; cites: string[]; yearInferred?: string }> {
  if (Array.isArray(data)) return data.flatMap((d, i) => datesIn(d, [...at, String(i)]));
  if (data === null || typeof data !== 'object') return [];
  const { value, onOrAfter, cites, inferredPart } = data as Record<string, unknown>;
  if (typeof value === 'string' && Array.isArray(cites))
    return [
      {
        field: [...at, 'value'].join('.'),
        value,
        cites: cites as string[],
        ...(inferredPart === 'year' && { yearInferred: [...at, 'inferredPart'].join('.') }),
      },
      ...(typeof onOrAfter === 'string'
        ? [{ field: [...at, 'onOrAfter'].join('.'), value: onOrAfter, cites: cites as string[] }]
        : []),
    ];
  return Object.entries(data).flatMap(([k, v]) => datesIn(v, [...at, k]));
}

/**
 * A date given to the day is a day a paragraph it cites gives (statesDay: "April 10", "1. April", "2019-08-09"): the
 * site may infer a year, never a day, so a day no cited paragraph gives is a slip of the keyboard or a missing citation.
 * Nor may it contradict a year the paragraphs give beside that day ("January 28, 2005" for "2050-01-28"): a year may be
 * inferred only where none is written (dayInOtherYear). A date whose year alone is inferred (`inferredPart: 'year'`)
 * cites a paragraph giving the day with no year (statesDayWithoutYear).
 * A citation whose text is unknown (a source that failed its own checks) is reported as such, not here.
 */
export function unstatedDays(entries: ValidEntry[], paragraphs: ParagraphIndex): Problem[] {
  const problems: Problem[] = [];
  for (const e of entries)
    for (const d of datesIn(e.data)) {
      if (datePrecision(d.value) !== 'day') continue;
      const texts = d.cites.map((c) => citedParagraph(paragraphs, c));
      if (texts.some((t) => t === undefined)) continue;
      const stating = texts.flatMap((t, i) =>
        statesDay(t!, d.value) ? [{ cite: d.cites[i]!, said: dayInOtherYear(t!, d.value) }] : [],
      );
      const contradicted = stating[0]?.said;
      if (contradicted && stating.every((s) => s.said !== null)) {
        const year = d.value.slice(0, 4);
        problems.push({
          file: e.file,
          field: d.field,
          message: `"${d.value}" is in ${year}, but the paragraph it cites gives that day in another year ("${contradicted.said}", ${stating[0]!.cite}); expected "${contradicted.year}${d.value.slice(4)}", or cite a paragraph that gives the day in ${year}`,
        });
      }
      // Where the site infers the year alone, a paragraph gives the day and month with none.
      if (d.yearInferred && stating.length > 0 && !texts.some((t) => statesDayWithoutYear(t!, d.value)))
        problems.push({
          file: e.file,
          field: d.yearInferred,
          message: `is "year", but every paragraph the date cites that gives its day (${stating.map((s) => s.cite).join(', ')}) gives its year too: the year is not inferred alone; remove inferredPart, or cite the paragraph that gives the day and month with no year`,
        });
      if (stating.length > 0) continue;
      problems.push({
        file: e.file,
        field: d.field,
        message: `"${d.value}" is given to the day, but no paragraph it cites (${d.cites.join(', ') || 'none'}) gives that day; cite one that does, or give only as much of the date as they give ("${d.value.slice(0, 7)}" or "${d.value.slice(0, 4)}")`,
      });
    }
  return problems;
}
