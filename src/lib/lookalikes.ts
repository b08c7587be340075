// Characters an author cannot see: ones that print as nothing, as a space, or as a hyphen, which text copied from a
// word processor or a web page may hold. A message that quotes such text names them.

/** Characters that print as nothing, as a space, or as a hyphen, which an id copied from a word processor may hold. */
const LOOKALIKES: Record<string, string> = {
  ' ': 'a space',
  '\t': 'a tab',
  '\u00a0': 'U+00A0, a no-break space',
  '\u00ad': 'U+00AD, a soft hyphen, which prints as nothing',
  '\u200b': 'U+200B, a zero-width space, which prints as nothing',
  '\u200c': 'U+200C, a zero-width non-joiner, which prints as nothing',
  '\u200d': 'U+200D, a zero-width joiner, which prints as nothing',
  '\u2060': 'U+2060, a word joiner, which prints as nothing',
  '\ufeff': 'U+FEFF, a byte-order mark, which prints as nothing',
  '\u2010': 'U+2010, a typographic hyphen, where "-" goes',
  '\u2011': 'U+2011, a non-breaking hyphen, where "-" goes',
  '\u2012': 'U+2012, a figure dash, where "-" goes',
  '\u2013': 'U+2013, an en dash, where "-" goes',
  '\u2014': 'U+2014, an em dash, where "-" goes',
  '\u2212': 'U+2212, a minus sign, where "-" goes',
};

/**
 * Where a text holds such a character, the first one: ' (after "guo-sheng" it holds U+200B, …)'. In words, where a
 * space between them is what it seems (`words`), only the others count.
 */
export function unseen(text: string, { words = false } = {}): string {
  const chars = [...text];
  const at = chars.findIndex((c) => c in LOOKALIKES && !(words && (c === ' ' || c === '\t')));
  if (at < 0) return '';
  const what = LOOKALIKES[chars[at]!];
  return at === 0 ? ` (it begins with ${what})` : ` (after "${chars.slice(0, at).join('')}" it holds ${what})`;
}
