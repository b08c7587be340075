// A source's excerpt is its article text, one paragraph per block. Each
// paragraph is numbered by the line of the raw capture it reproduces, so an
// anchor (#p15) never moves when another paragraph is added or corrected.

export interface SourceParagraph {
  /** The capture line this paragraph reproduces; its anchor is `p${n}`. */
  n: number;
  text: string;
}

export interface CaptureLine {
  n: number;
  text: string;
}

/** The non-empty lines of a raw capture, numbered from 1. */
export function captureLines(capture: string): CaptureLine[] {
  return capture
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((text, i) => ({ n: i + 1, text }));
}

/** Text with every kind of white space removed: the captures lost and doubled spaces. */
export function squash(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** Where a paragraph differs from the capture line nearest it: that line, and the words of each that differ. */
export interface NearestLine {
  n: number;
  /** The paragraph's words before the difference (up to four), then the capture's words there and the paragraph's. */
  after: string;
  capture: string;
  paragraph: string;
}

/**
 * The words of a text that hold its characters from..to, counted with white space left out (as squash() leaves it),
 * and where they begin. An empty stretch is the word it falls inside, or nothing where it falls between words.
 */
function wordsAt(text: string, from: number, to: number): { words: string; start: number } {
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) if (!/\s/u.test(text.charAt(i))) at.push(i);
  let start = at[from] ?? text.length;
  let end = to > from ? at[to - 1]! + 1 : start;
  if (to === from && !(from > 0 && from < at.length && at[from] === at[from - 1]! + 1)) return { words: '', start };
  while (start > 0 && !/\s/u.test(text.charAt(start - 1))) start--;
  while (end < text.length && !/\s/u.test(text.charAt(end))) end++;
  const words = text.slice(start, end).split(/\s+/u);
  return { words: words.length > 8 ? `${words.slice(0, 8).join(' ')} …` : words.join(' '), start };
}

/**
 * The capture line a paragraph that is none of them was most likely copied from, white space aside: the one whose
 * text begins and ends as the paragraph's does for most of its length (a word mistyped, dropped or added in the
 * middle leaves most of it); undefined when none shares half.
 */
export function nearestLine(paragraph: string, lines: readonly CaptureLine[]): NearestLine | undefined {
  const ours = squash(paragraph);
  let best: { line: CaptureLine; start: number; end: number; share: number } | undefined;
  for (const line of lines) {
    const theirs = squash(line.text);
    const most = Math.min(ours.length, theirs.length);
    let start = 0;
    while (start < most && ours[start] === theirs[start]) start++;
    let end = 0;
    while (end < most - start && ours[ours.length - 1 - end] === theirs[theirs.length - 1 - end]) end++;
    const share = (start + end) / Math.max(ours.length, theirs.length);
    if (share >= 0.5 && share > (best?.share ?? 0)) best = { line, start, end, share };
  }
  if (!best) return undefined;
  const { line, start, end } = best;
  const mine = wordsAt(paragraph, start, ours.length - end);
  const before = paragraph.slice(0, mine.start).trim().split(/\s+/u).slice(-4).join(' ');
  return {
    n: line.n,
    after: before,
    capture: wordsAt(line.text, start, squash(line.text).length - end).words,
    paragraph: mine.words,
  };
}

/** The excerpt's paragraphs: its blocks between blank lines, each on one line. */
function excerptBlocks(body: string): string[] {
  return body
    .split(/\r?\n\s*\r?\n/)
    .map((block) => block.replace(/\s+/gu, ' ').trim())
    .filter((block) => block.length > 0);
}

/**
 * Numbers each excerpt paragraph by the capture line it matches (white space
 * aside), skipping lines declared left out. Paragraphs with no match are
 * returned as problems.
 */
export function numberParagraphs(
  body: string,
  capture: string,
  leftOut: ReadonlySet<number> = new Set(),
): { paragraphs: SourceParagraph[]; unmatched: string[] } {
  const lines = captureLines(capture).filter((line) => !leftOut.has(line.n));
  const used = new Set<number>();
  const paragraphs: SourceParagraph[] = [];
  const unmatched: string[] = [];
  for (const text of excerptBlocks(body)) {
    const key = squash(text);
    const line = lines.find((l) => !used.has(l.n) && squash(l.text) === key);
    if (line) {
      used.add(line.n);
      paragraphs.push({ n: line.n, text });
    } else {
      unmatched.push(text);
    }
  }
  return { paragraphs, unmatched };
}
