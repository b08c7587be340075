import { describe, expect, it } from 'vitest';
import { captureLines, nearestLine } from '../../src/lib/paragraphs';

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
  ])('%s', (_, paragraph, [n, after, capture, ours]) => {
    expect(nearestLine(paragraph, lines)).toEqual({ n, after, capture, paragraph: ours });
  });

  it('none, where no line shares half of the paragraph', () => {
    expect(nearestLine('A paragraph the capture does not have at all.', lines)).toBeUndefined();
    expect(
      nearestLine('ALMATY. KAZINFORM Something else entirely was reported on that day by the agency.', lines),
    ).toBeUndefined();
  });
});
