// Who a paragraph names. A person's record lists in `named` the paragraphs that name them (their page's "Named in"),
// and three rules hold the record to it: a spelling of the name stands in the paragraphs of named that spell it so,
// and only in those; a meeting's participant, or a source's interviewee, cites a paragraph that names them (the row is
// the page's evidence that this person was there); a statement naming a person cites one that names them. A citation
// of a paragraph its source lacks is left to that problem's message, and a spelling not in the paragraph it cites to
// the quotation check's (src/lib/quotations.ts).
import { parseCitation } from './citations';
import { nameIn, namesOf, statementsIn } from './mentions';
import { citedParagraph, plain, quotes } from './quotations';
import { hasWords } from './quote-language';
import type { ParagraphIndex, Problem, ValidEntry } from './validate';

type Person = Extract<ValidEntry, { collection: 'people' }>;

/** Whether a text has a name as written, as whole words. */
const spells = (text: string, name: string): boolean => hasWords(plain(text), plain(name));

/**
 * A person's named as a set, made once (a record may list thousands), keyed by the record as validateTree reads it: a
 * record changed after it is read would need a fresh object.
 */
const namedSets = new WeakMap<Person, Set<string>>();
function namedSet(person: Person): Set<string> {
  let named = namedSets.get(person);
  if (named === undefined) namedSets.set(person, (named = new Set(person.data.named)));
  return named;
}

/**
 * A spelling and the paragraphs of named, both ways: a paragraph of named that spells the name so is cited for it, as
 * the schema asks; a paragraph cited for it is in named, or the person's page would leave it out of "Named in". A
 * person's rule only: an organization's abbreviation is cited where a source gives it, not at every use ("MIA" fills
 * the interview).
 */
export function spellingsOutsideNamed(entries: ValidEntry[], paragraphs: ParagraphIndex): Problem[] {
  const problems: Problem[] = [];
  const text = (cite: string) => citedParagraph(paragraphs, cite);
  for (const person of entries.filter((e): e is Person => e.collection === 'people')) {
    const { file, data } = person;
    const named = namedSet(person);
    data.spellings.forEach((name, i) => {
      const cited = new Set(name.cites);
      const field = `spellings.${i}.cites`;
      const uncited = data.named.filter((c) => {
        const t = text(c);
        return t !== undefined && spells(t, name.text) && !cited.has(c);
      });
      if (uncited.length > 0)
        problems.push({
          file,
          field,
          message: `“${name.text}” stands in ${uncited.join(', ')} too, which the record lists as naming it; cite every paragraph that spells it so`,
        });
      const unlisted = name.cites.filter((c) => {
        const t = text(c);
        return t !== undefined && quotes(t, name.text) && !named.has(c);
      });
      const many = unlisted.length > 1;
      if (unlisted.length > 0)
        problems.push({
          file,
          field,
          message: `${unlisted.join(', ')} ${many ? 'spell' : 'spells'} the name “${name.text}” but ${many ? 'are' : 'is'} not in named, the paragraphs that name them (their page’s “Named in”); add ${many ? 'them' : 'it'} to named`,
        });
    });
  }
  return problems;
}

/** What the rules on attendees and statements read: the valid records, by kind and id too, and the paragraphs. */
interface Records {
  entries: ValidEntry[];
  valid: Map<string, ValidEntry>;
  paragraphs: ParagraphIndex;
}

/** Whether every paragraph cited is one its source has; a citation of one it lacks is that problem's alone. */
const allThere = (paragraphs: ParagraphIndex, cites: string[]) =>
  cites.every((c) => citedParagraph(paragraphs, c) !== undefined);

/** What to do where cited paragraphs do not name a person: the paragraphs of the same sources that do. */
function citeNaming(person: Person, cites: string[]): string {
  const sources = new Set(cites.map((c) => parseCitation(c).source));
  const near = person.data.named.filter((c) => sources.has(parseCitation(c).source));
  return `cite one that does${near.length ? ` (in the same source: ${near.join(', ')})` : ''}, or, if a cited paragraph names them, add it to named in ${person.file}`;
}

/** The person of an id, if it is a valid record's; an unknown id is reported as such elsewhere. */
const personOf = (valid: Map<string, ValidEntry>, id: string): Person | undefined => {
  const person = valid.get(`people:${id}`);
  return person?.collection === 'people' ? person : undefined;
};

/** Whether any of these paragraphs names the person. */
const namesThem = (person: Person, cites: string[]): boolean => {
  const named = namedSet(person);
  return cites.some((c) => named.has(c));
};

/**
 * A meeting's participant, or a source's interviewee, none of whose cited paragraphs names them: a paragraph of the
 * meeting that does not (words of greeting) is no evidence that this person was there.
 */
export function unnamedAttendees({ entries, valid, paragraphs }: Records): Problem[] {
  const problems: Problem[] = [];
  for (const e of entries) {
    const rows =
      e.collection === 'meetings'
        ? e.data.participants.map((p, i) => ({ ...p, field: `participants.${i}` }))
        : e.collection === 'sources' && e.data.interviewee
          ? [{ ...e.data.interviewee, field: 'interviewee' }]
          : [];
    for (const { person: id, cites, field } of rows) {
      const person = personOf(valid, id);
      if (!person || !allThere(paragraphs, cites)) continue;
      if (namesThem(person, cites)) continue;
      problems.push({
        file: e.file,
        field: `${field}.cites`,
        message: `no paragraph it cites names ${person.data.name}; ${citeNaming(person, cites)}`,
      });
    }
  }
  return problems;
}

/**
 * A statement that names a person of the record (a meeting's participant, or one in its mentions) and cites no
 * paragraph that names them: "Guo Shengkun conveyed greetings" cites the paragraph that says he spoke, not only the
 * words he spoke, which do not say who spoke them.
 */
export function unnamedInCitations({ entries, valid, paragraphs }: Records): Problem[] {
  const problems: Problem[] = [];
  for (const e of entries) {
    const participants = e.collection === 'meetings' ? e.data.participants.map((p) => p.person) : [];
    for (const { text, mentions, cites, field } of statementsIn(e.data)) {
      if (!allThere(paragraphs, cites)) continue;
      for (const id of new Set([...participants, ...mentions])) {
        const person = personOf(valid, id);
        const found = person && nameIn(text, namesOf(person.data));
        if (!person || !found || namesThem(person, cites)) continue;
        problems.push({
          file: e.file,
          field: `${field}.cites`,
          message: `the text names ${person.data.name} (“${found.name}”), but no paragraph it cites names them; ${citeNaming(person, cites)}`,
        });
      }
    }
  }
  return problems;
}
