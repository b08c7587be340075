// The day this build of the site was made (UTC), as YYYY-MM-DD. It is the
// "accessed" date of the citations and the "built" date of the data files.
// SOURCE_DATE_EPOCH (seconds), the reproducible-builds convention, fixes it.

export function buildDay(sourceDateEpoch: string | undefined, now: Date = new Date()): string {
  const seconds = sourceDateEpoch === undefined || sourceDateEpoch.trim() === '' ? NaN : Number(sourceDateEpoch);
  const when = Number.isFinite(seconds) ? new Date(seconds * 1000) : now;
  return when.toISOString().slice(0, 10);
}

// The build's moment, fixed the first time this module runs in the build's process (at config
// load), so the pages and the files written after them (src/integrations/citation-files.ts), each
// with their own copy of this module, carry the same day even when the build runs past midnight.
if (typeof process !== 'undefined') process.env.SOURCE_DATE_EPOCH ||= String(Math.floor(Date.now() / 1000));

/** Read once per build, so every page and file of one build carries the same day. */
export const BUILT: string = buildDay(typeof process === 'undefined' ? undefined : process.env.SOURCE_DATE_EPOCH);
