// What the search index reads of a page: its HTML without the elements marked data-pagefind-ignore.
import { describe, expect, it } from 'vitest';
import { indexedHtml } from '../../src/lib/indexed-html';

describe('indexedHtml', () => {
  it('leaves out an element marked data-pagefind-ignore and all it holds, with or without a value', () => {
    expect(indexedHtml('<p>Kept <span class="cites" data-pagefind-ignore> ¶4</span> too</p>')).toBe('<p>Kept  too</p>');
    expect(indexedHtml('<ul data-pagefind-ignore="all"><li>Gone</li></ul><p>Kept</p>')).toBe('<p>Kept</p>');
  });

  it('ends a left-out element at its own end tag, past others of its name inside it', () => {
    const html = '<span data-pagefind-ignore><span class="cite"><span>¶4</span></span> gone</span><span>kept</span>';
    expect(indexedHtml(html)).toBe('<span>kept</span>');
  });

  it('keeps everything between left-out elements, and a name that only begins like a marked one', () => {
    const html =
      '<div data-pagefind-ignore>a</div><b>b</b><div data-pagefind-ignore>c</div><p data-pagefind-ignored-not>d</p>';
    expect(indexedHtml(html)).toBe('<b>b</b><p data-pagefind-ignored-not>d</p>');
  });

  it('leaves out a self-closed marked element alone, and runs a left-out element with no end to the end', () => {
    expect(indexedHtml('<a>x</a><span data-pagefind-ignore /><i>y</i>')).toBe('<a>x</a><i>y</i>');
    expect(indexedHtml('<i>y</i><div data-pagefind-ignore><p>unclosed')).toBe('<i>y</i>');
  });

  it('returns a page with nothing left out as it is', () => {
    const html = '<main><h1>Title</h1><p data-term="Date:">2017-09</p></main>';
    expect(indexedHtml(html)).toBe(html);
  });
});
