// What the site infers rather than reads in a source (a fact with `inferred: true` and its `basis`, schema.ts),
// wherever it sits in a record: the anchor where its record's page shows it, and the list of every record's for
// /inferences/, gathered once per build.
import type { Rec } from './graph';
import type { Agreement, DatedFact, Meeting, Person, Statement } from './schema';
import { inWords } from './numbers';
import type { PageKind } from './kinds';

/** A fact the site infers: the schema gives it a basis whenever `inferred` is true (basisWhenInferred). */
interface InferredFact {
  inferred: true;
  basis?: string | undefined;
  cites: string[];
}

const isInferred = (value: object): value is InferredFact => (value as { inferred?: unknown }).inferred === true;

/** Every inference of a record, wherever it sits, in the record's order. */
export function inferencesIn(data: unknown, path: string[] = []): InferredField[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => inferencesIn(item, [...path, String(i)]));
  if (data === null || typeof data !== 'object') return [];
  if (isInferred(data)) return [inferredField(path.join('.'), data)];
  return Object.entries(data).flatMap(([key, value]) => inferencesIn(value, [...path, key]));
}

/**
 * The id of the element that shows an inference on its record's page, from its field, counting as a reader does:
 * "date" → "inferred-date", "notes.0" → "inferred-notes-1" (the first note), "parties.1" → "inferred-parties-2".
 */
export function inferenceAnchor(field: string): string {
  const parts = field.split('.').map((part) => (/^\d+$/.test(part) ? String(Number(part) + 1) : part));
  return ['inferred', ...parts].join('-');
}

/** The anchor of a fact on its record's page when the site infers it; none when a source states it. */
export const anchorIfInferred = (field: string, fact: { inferred: boolean } | undefined): string | undefined =>
  fact?.inferred ? inferenceAnchor(field) : undefined;

/**
 * What an inference is of, by the field it sits in (a date of a meeting, of signing, of publication; a place… and
 * 'spellings', that a person's spellings name one person), with its fact in the shape that field has (schema.ts).
 */
export type InferenceOf =
  | { subject: 'date'; fact: DatedFact }
  | { subject: 'place'; fact: Meeting['place'] }
  | { subject: 'party'; fact: Agreement['parties'][number] }
  | { subject: 'meeting'; fact: NonNullable<Agreement['meeting']> }
  | { subject: 'same'; fact: Agreement['maybeSameAs'][number] }
  | { subject: 'spellings'; fact: NonNullable<Person['samePerson']> }
  | { subject: 'statement'; fact: Statement };
export type InferenceSubject = InferenceOf['subject'];

/**
 * What /inferences/ calls each kind of inference, one and many, in the order its introduction counts them: a new
 * subject fails the type check here until it is named.
 */
export const INFERENCE_NOUNS: Record<InferenceSubject, readonly [one: string, many: string]> = {
  date: ['date', 'dates'],
  place: ['place', 'places'],
  party: ['party to an agreement', 'parties to agreements'],
  meeting: ['tie of an agreement to a meeting', 'ties of agreements to meetings'],
  same: ['agreement that may be the same as another', 'agreements that may be the same as another'],
  spellings: ['person filed under several spellings', 'people filed under several spellings'],
  statement: ['statement', 'statements'],
};

/**
 * How many inferences there are of each subject, in words and in INFERENCE_NOUNS's order, subjects with none left
 * out: ["two dates", "one place"].
 */
export function countedBySubject(all: ReadonlyArray<{ subject: InferenceSubject }>): string[] {
  const bySubject = Map.groupBy(all, (i) => i.subject);
  return Object.entries(INFERENCE_NOUNS).flatMap(([subject, [one, many]]) => {
    const n = bySubject.get(subject as InferenceSubject)?.length ?? 0;
    return n > 0 ? [`${inWords(n)} ${n === 1 ? one : many}`] : [];
  });
}

/** One inference of a record, where it sits in it ("date", "parties.1", "notes.0"), and what it is of. */
export type InferredField = InferenceOf & { field: string };

const SUBJECT_OF_FIELD: Record<string, InferenceSubject> = {
  date: 'date',
  signed: 'date',
  published: 'date',
  place: 'place',
  parties: 'party',
  meeting: 'meeting',
  maybeSameAs: 'same',
  samePerson: 'spellings',
};
export const inferenceSubject = (field: string): InferenceSubject =>
  SUBJECT_OF_FIELD[field.split('.')[0] ?? field] ?? 'statement';

/** An inferred fact with what it is of: the schema gives each field its shape, so the field says the fact's. */
const inferredField = (field: string, fact: InferredFact): InferredField =>
  ({ field, subject: inferenceSubject(field), fact }) as InferredField;

/** An inference with the anchor of its place on its record's page. */
export type ListedInference = InferredField & { anchor: string };

/** A record with the inferences it makes, and each one's anchor on its page. */
export interface RecordInferences {
  kind: PageKind;
  id: string;
  inferences: ListedInference[];
}

/** Every record that makes an inference, by kind in the order given, each kind's records in the order given. */
export function inferencesByRecord(
  records: ReadonlyArray<readonly [PageKind, ReadonlyArray<Rec<unknown>>]>,
): RecordInferences[] {
  return records.flatMap(([kind, list]) =>
    list.flatMap((r) => {
      const inferences = inferencesIn(r.data).map((i) => ({ ...i, anchor: inferenceAnchor(i.field) }));
      return inferences.length > 0 ? [{ kind, id: r.id, inferences }] : [];
    }),
  );
}

/** One inference with its record: what /inferences/ counts, and what a year's page of it lists. */
export interface InferenceOfRecord {
  record: RecordInferences;
  inference: ListedInference;
}

/** Every inference of the records, each with its record, in their order. */
export const eachInference = (records: readonly RecordInferences[]): InferenceOfRecord[] =>
  records.flatMap((record) => record.inferences.map((inference) => ({ record, inference })));

/** The records of some inferences, each with only those of its inferences, in their order. */
export const recordsOf = (entries: readonly InferenceOfRecord[]): RecordInferences[] =>
  [...Map.groupBy(entries, (e) => e.record)].map(([record, of]) => ({
    ...record,
    inferences: of.map((e) => e.inference),
  }));
