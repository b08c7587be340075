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
