// The site's two orders of strings, the same on every build machine. Without a
// locale, String.prototype.localeCompare follows the machine's (a Swedish one
// puts "Ö" after "Z"), and so would every list on the pages; eslint.config.js
// therefore forbids it in src/ and scripts/.

/** English order, for names and titles; numbers by their value ("Meeting 9" before "Meeting 10"). One collator, where
 *  localeCompare with a locale makes one for each comparison (30 times slower). */
export const inEnglishOrder: (a: string, b: string) => number = new Intl.Collator('en', { numeric: true }).compare;

/** The order of UTF-16 code units (of code points, for the ASCII of ids, ISO dates, sort keys and tags): what `.sort()` gives. */
export const inCodePointOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
