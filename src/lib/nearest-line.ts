// An excerpt paragraph that is no line of its capture is most often a line copied with a slip: a word mistyped,
// dropped or added, a mark of punctuation lost. The validator's message names the line and the words where they part.
import { unseen } from './lookalikes';
import { squash, type CaptureLine } from './paragraphs';

/** Where a paragraph differs from the capture line nearest it: that line, and the words of each that differ. */
export interface NearestLine {
  n: number;
  /** The paragraph's words before the difference (up to four), then the capture's words there and the paragraph's. */
  after: string;
  capture: string;
  paragraph: string;
}

/** A text with white space left out, as squash() compares it: where each of its other characters stands in the text. */
class Squashed {
  readonly at: number[] = [];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (!/\s/u.test(text.charAt(i))) this.at.push(i);
  }
  get length(): number {
    return this.at.length;
  }
  /** Whether words part between its i-1th and ith character (or i is an end). */
  boundary(i: number): boolean {
    return i === 0 || i >= this.at.length || this.at[i] !== this.at[i - 1]! + 1;
  }
  /** The words of its characters from..to, at most eight; nothing for none. */
  words(from: number, to: number): string {
    if (to <= from) return '';
    const words = this.text.slice(this.at[from], this.at[to - 1]! + 1).split(/\s+/u);
    return words.length > 8 ? `${words.slice(0, 8).join(' ')} …` : words.join(' ');
  }
  /** Its last four words before its ith character. */
  before(i: number): string {
    const head = this.text.slice(0, this.at[i] ?? this.text.length).trim();
    return head ? head.split(/\s+/u).slice(-4).join(' ') : '';
  }
}

/**
 * The capture line a paragraph that is none of them was most likely copied from, white space aside: the one whose
 * text begins and ends as the paragraph's does for most of its length (a word mistyped, dropped or added in the
 * middle leaves most of it); undefined when none shares half. The stretch where they differ is widened to whole
 * words in both, so a mark lost at a word's end shows that word, as the capture and the paragraph each write it.
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
  const p = new Squashed(paragraph);
  const c = new Squashed(best.line.text);
  // What they share before and after the stretch is the same in both, so each widening step moves both alike.
  let from = best.start;
  let [toP, toC] = [p.length - best.end, c.length - best.end];
  while (from > 0 && !(p.boundary(from) && c.boundary(from))) from--;
  while (toP < p.length && !(p.boundary(toP) && c.boundary(toC))) [toP, toC] = [toP + 1, toC + 1];
  return { n: best.line.n, after: p.before(from), capture: c.words(from, toC), paragraph: p.words(from, toP) };
}

/** The nearest line, in words for a message: "it is nearest capture line 2: after “…”, the paragraph has …". */
export function nearestLineNote(paragraph: string, lines: readonly CaptureLine[]): string | undefined {
  const near = nearestLine(paragraph, lines);
  if (!near) return undefined;
  const { n, after, capture, paragraph: ours } = near;
  const what = !capture
    ? `adds “${ours}”${unseen(ours, { words: true })}`
    : !ours
      ? `leaves out “${capture}”`
      : ours.normalize('NFC') === capture.normalize('NFC')
        ? `has “${ours}” with its letters encoded otherwise than the capture’s (Unicode composition): copy the words from the capture`
        : `has “${ours}”${unseen(ours, { words: true })} where the capture has “${capture}”`;
  return `it is nearest capture line ${n}: ${after ? `after “${after}”` : 'at its start'}, the paragraph ${what}`;
}
