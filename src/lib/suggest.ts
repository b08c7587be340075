// The "Did you mean" of an error message: which known name a contributor most
// likely meant, or none. A far-fetched hint is worse than none: it sends the
// contributor to a record they did not mean.
import { closest, distance } from 'fastest-levenshtein';

/** Near enough to be a typo: at most one edit for every three letters written ("chna" → "china", not "peking" → "beijing"). */
function isNear(given: string, known: string): boolean {
  return distance(given, known) <= given.length / 3;
}

/** Every hyphen-separated word of `part` is a word of `whole`: "nazarbayev" of "nursultan-nazarbayev". */
function hasWordsOf(whole: string, part: string): boolean {
  const words = whole.split('-');
  return part.split('-').every((word) => words.includes(word));
}

/**
 * The known name to suggest for `given`: one that has all its words or whose words it has (a surname
 * for a full id, an id with a word too many), else the nearest typo; the nearest of several.
 */
export function nearest(given: string, known: readonly string[]): string | undefined {
  const sharingWords = known.filter((name) => hasWordsOf(name, given) || hasWordsOf(given, name));
  const candidates = sharingWords.length ? sharingWords : known.filter((name) => isNear(given, name));
  return candidates.length ? closest(given, candidates) : undefined;
}
