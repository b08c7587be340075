// A zod issue as a sentence a content author can act on: what was found, and
// what the schema would take there, in an author's words (Starlight's
// utils/error-map.ts does this for its configuration).
import { z } from 'zod';
import { unseen } from './lookalikes';
import { counted } from './numbers';
import { citation, ID_PATTERN } from './schema';
import { fieldAt, fieldList, schemaAt } from './schema-paths';
import { slugify } from './slug';
import { nearest } from './suggest';

/** A value as an author would name what they wrote. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return 'an unquoted YAML date';
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'string') return `text ${JSON.stringify(value)}`;
  if (typeof value === 'number') return `the number ${JSON.stringify(value)}`;
  return typeof value === 'object' ? 'an object' : JSON.stringify(value);
}

/** zod's names of the types a field takes, in an author's words. */
const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  array: 'a list',
  object: 'an object',
  // YAML writes a boolean as a bare true or false; "boolean" would not tell an author that.
  boolean: 'true or false',
};

/** Why a value in quotes is not the number or the true or false it reads as: YAML reads anything in quotes as text. */
function quotedHint(input: unknown, expected: string): string {
  if (typeof input !== 'string') return '';
  if (expected === 'boolean' && /^(true|false)$/i.test(input.trim()))
    return ' (in quotes it is text: write true or false without quotes)';
  if (expected === 'number' && input.trim() !== '' && Number.isFinite(Number(input)))
    return ' (in quotes it is text: write the number without quotes)';
  if (expected === 'number' && /^\s*-?\d+,\d+\s*$/.test(input))
    return ` (a decimal is written with a point, without quotes: ${input.trim().replace(',', '.')})`;
  return '';
}

/**
 * What a field takes, in words: a list of citations as written, the fields of an object, else zod's name of the type;
 * "or null" where null may stand for it.
 */
function expectation(field: z.ZodType | undefined, type: string): string {
  const part = field && schemaAt(field, []);
  const orNull = field?.safeParse(null).success ? ', or null' : '';
  if (part instanceof z.ZodArray && part.element === citation)
    return `a list of citations like ["source-id#p3"]${orNull}`;
  if (part instanceof z.ZodObject) return `an object with ${fieldList(part)}${orNull}`;
  return (TYPE_WORDS[type] ?? type) + orNull;
}

/** The fields that keep a renamed record's old ids, each with the other: a meeting's formerIds, a person's aliases. */
const OTHER_OLD_IDS: Record<string, string> = { formerIds: 'aliases', aliases: 'formerIds' };

/** An unknown field, with the field meant when one is near, else the fields there are. */
function unknownFields(keys: string[], object: z.ZodType | undefined): string {
  const unknown = `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}`;
  if (!(object instanceof z.ZodObject)) return unknown;
  // Old ids go in the field this kind of record has for them.
  const oldIds = keys.length === 1 ? OTHER_OLD_IDS[keys[0]!] : undefined;
  if (oldIds && oldIds in object.shape) return `${unknown}; this kind of record keeps its old ids in "${oldIds}"`;
  // One typo gets one suggestion; several unknown fields are better answered by the whole list.
  const meant = keys.length === 1 ? nearest(keys[0]!, Object.keys(object.shape)) : undefined;
  return meant ? `${unknown}; did you mean "${meant}"?` : `${unknown}; valid fields: ${fieldList(object)}`;
}

/**
 * A zod issue as a sentence a content author can act on; `schema`, the one that raised it, tells what would be valid.
 */
export function issueMessage(issue: z.core.$ZodIssue, schema: z.ZodType): string {
  const part = schemaAt(schema, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = expectation(fieldAt(schema, issue.path), issue.expected);
      if (issue.input === undefined) return `is missing; expected ${expected}`;
      const hint =
        issue.input instanceof Date
          ? ' (write dates in quotes, e.g. "2017-09-26")'
          : typeof issue.input === 'number' && issue.expected === 'string'
            ? ' (YAML reads a bare number as a number, dropping any leading zero: write it in quotes, e.g. "004")'
            : quotedHint(issue.input, issue.expected);
      return `expected ${expected}, found ${describe(issue.input)}${hint}`;
    }
    case 'too_big':
    case 'too_small': {
      // An exclusive bound (positive(), a line number) is "more than 0", never "at least 0", which 0 is.
      const strict = issue.inclusive === false;
      const most = issue.code === 'too_big' ? (strict ? 'less than' : 'at most') : strict ? 'more than' : 'at least';
      const bound = issue.code === 'too_big' ? issue.maximum : issue.minimum;
      if (issue.origin === 'array') {
        const n = Array.isArray(issue.input) ? issue.input.length : 0;
        return `${n === 0 ? 'is empty' : `has ${counted(n, 'item')}`}; ${issue.message}`;
      }
      // Text fields take at least one character, with no message of their own: zod's names a character count.
      if (issue.origin === 'string')
        return issue.code === 'too_small' && bound === 1 && !strict ? 'is empty; expected text' : issue.message;
      return `found ${describe(issue.input)}; expected ${most} ${String(bound)}`;
    }
    case 'unrecognized_keys':
      return unknownFields(issue.keys, part);
    case 'invalid_key': {
      // A record's key (a translation's paragraph number): its own schema's message, and the number it may mean.
      const expected = issue.issues.map((i) => i.message).join('; ');
      // One number in it is the paragraph it may mean ("p5"); several ("12-13") are paragraphs that each take a key.
      const numbers = String(issue.input).match(/\d+/g) ?? [];
      const example = !/number/.test(expected)
        ? ''
        : numbers.length === 1
          ? `, e.g. "${numbers[0]}"`
          : numbers.length > 1
            ? `; each paragraph takes its own key (${numbers.map((n) => `"${n}"`).join(', ')})`
            : '';
      return `the key ${JSON.stringify(issue.input)} is not valid: ${expected}${example}`;
    }
    case 'invalid_format': {
      const hidden = typeof issue.input === 'string' ? unseen(issue.input) : '';
      // An id written as a name ("Beijing"): the id it may mean. Where a character prints as nothing or as another,
      // saying which is the help: what it stands for (a hyphen, or nothing) cannot be told.
      const asId = issue.format === 'regex' && typeof issue.input === 'string' && !hidden ? slugify(issue.input) : '';
      const meant = asId && ID_PATTERN.test(asId) && issue.pattern === String(ID_PATTERN) ? `, such as "${asId}"` : '';
      return `found ${describe(issue.input)}${hidden}; ${issue.message}${meant}`;
    }
    case 'invalid_value': {
      const [only, ...more] = issue.values.map((v) => JSON.stringify(v));
      const expected = more.length ? `one of ${[only, ...more].join(', ')}` : only;
      // A schema's own message says why only these values are valid; zod's says only "Invalid input" or "Invalid option".
      const why = /^Invalid (input|option)\b/.test(issue.message) ? '' : `: ${issue.message}`;
      return `found ${describe(issue.input)}; expected ${expected}${why}`;
    }
    default:
      return issue.message;
  }
}

/** A zod issue's path as the field its message is reported at ("participants.0.role"). */
export function fieldPath(path: PropertyKey[]): string {
  return path.length ? path.map(String).join('.') : '(frontmatter)';
}
