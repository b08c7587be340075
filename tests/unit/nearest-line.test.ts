import { describe, expect, it } from 'vitest';
import { nearestLine, nearestLineNote } from '../../src/lib/nearest-line';
import { captureLines } from '../../src/lib/paragraphs';

describe('the capture line a reworded paragraph is nearest, and where it differs', () => {
  const lines = captureLines(
    [
      'ALMATY. KAZINFORM Almaty hosted the II Conference of the Ministers.',
      '',
      'According to thepress service of the Kazakh MIA, the event was held.',
    ].join('\n'),
  );

  it.each([
    [
      'a word mistyped',
      'ALMATY. KAZINFORM Almatty hosted the II Conference of the Ministers.',
      [1, 'ALMATY. KAZINFORM', 'Almaty', 'Almatty'],
    ],
    [
      'a letter dropped inside a word',
      'ALMATY. KAZINFORM Almty hosted the II Conference of the Ministers.',
      [1, 'ALMATY. KAZINFORM', 'Almaty', 'Almty'],
    ],
    [
      'a word left out, the spacing mended',
      'According to the press service the Kazakh MIA, the event was held.',
      [2, 'to the press service', 'of', ''],
    ],
    [
      'a word added at the start',
      'Today ALMATY. KAZINFORM Almaty hosted the II Conference of the Ministers.',
      [1, '', '', 'Today'],
    ],
    [
      'the last word changed',
      'According to thepress service of the Kazakh MIA, the event was cancelled.',
      [2, 'MIA, the event was', 'held.', 'cancelled.'],
    ],
    [
      'a full stop lost at a word’s end',
      'ALMATY KAZINFORM Almaty hosted the II Conference of the Ministers.',
      [1, '', 'ALMATY.', 'ALMATY'],
    ],
    [
      'a comma added after a word',
      'ALMATY. KAZINFORM Almaty, hosted the II Conference of the Ministers.',
      [1, 'ALMATY. KAZINFORM', 'Almaty', 'Almaty,'],
    ],
    [
      'the last full stop lost',
      'ALMATY. KAZINFORM Almaty hosted the II Conference of the Ministers',
      [1, 'II Conference of the', 'Ministers.', 'Ministers'],
    ],
    [
      'a letter lost at a word’s end',
      'ALMATY. KAZINFORM Almaty hosted the II Conference of the Minister.',
      [1, 'II Conference of the', 'Ministers.', 'Minister.'],
    ],
  ])('%s', (_, paragraph, [n, after, capture, ours]) => {
    expect(nearestLine(paragraph, lines)).toEqual({ n, after, capture, paragraph: ours });
  });

  it('none, where no line shares half of the paragraph', () => {
    expect(nearestLine('A paragraph the capture does not have at all.', lines)).toBeUndefined();
    expect(
      nearestLine('ALMATY. KAZINFORM Something else entirely was reported on that day by the agency.', lines),
    ).toBeUndefined();
  });

  it('in words: what the paragraph adds, leaves out or has instead, and letters that look alike but are not', () => {
    const note = (paragraph: string) => nearestLineNote(paragraph, lines);
    expect(note('Today ALMATY. KAZINFORM Almaty hosted the II Conference of the Ministers.')).toBe(
      'it is nearest capture line 1: at its start, the paragraph adds “Today”',
    );
    expect(note('According to thepress service the Kazakh MIA, the event was held.')).toBe(
      'it is nearest capture line 2: after “According to thepress service”, the paragraph leaves out “of”',
    );
    expect(note('ALMATY. KAZINFORM Alma\u200bty hosted the II Conference of the Ministers.')).toBe(
      'it is nearest capture line 1: after “ALMATY. KAZINFORM”, the paragraph has “Alma\u200bty” (after "Alma" it holds U+200B, a zero-width space, which prints as nothing) where the capture has “Almaty”',
    );
    const german = captureLines('Die Zusammenarbeit f\u00fcr die Sicherheit wird ausgebaut.');
    expect(nearestLineNote('Die Zusammenarbeit fu\u0308r die Sicherheit wird ausgebaut.', german)).toBe(
      'it is nearest capture line 1: after “Die Zusammenarbeit”, the paragraph has “fu\u0308r” with its letters encoded otherwise than the capture’s (Unicode composition): copy the words from the capture',
    );
    // Words that differ are shown with the spaces between them, which are no look-alike.
    expect(note('ALMATY. KAZINFORM Almaty hosted a second Conference of the Ministers.')).toBe(
      'it is nearest capture line 1: after “ALMATY. KAZINFORM Almaty hosted”, the paragraph has “a second” where the capture has “the II”',
    );
    expect(note('A paragraph the capture does not have at all.')).toBeUndefined();
  });
});
