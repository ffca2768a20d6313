import { describe, expect, it } from 'vitest';
import { noteText, parseInline, parseNoteMarkup } from '../../../shared/timeline/note-markup';

describe('note markup', () => {
  it('reads paragraphs, line breaks and both kinds of list', () => {
    expect(parseNoteMarkup('Met Kari.\nShe wants:\n\n- 40 pallets\n- delivery in April\n1. call\n2. offer')).toEqual([
      { type: 'paragraph', lines: [[{ text: 'Met Kari.' }], [{ text: 'She wants:' }]] },
      { type: 'list', ordered: false, items: [[{ text: '40 pallets' }], [{ text: 'delivery in April' }]] },
      { type: 'list', ordered: true, items: [[{ text: 'call' }], [{ text: 'offer' }]] },
    ]);
  });

  it('reads bold, italic and safe links', () => {
    expect(parseInline('**Very** _important_: see [the offer](https://fjord.example/offer) or **mail** *us*')).toEqual([
      { text: 'Very', bold: true },
      { text: ' ' },
      { text: 'important', italic: true },
      { text: ': see ' },
      { text: 'the offer', href: 'https://fjord.example/offer' },
      { text: ' or ' },
      { text: 'mail', bold: true },
      { text: ' ' },
      { text: 'us', italic: true },
    ]);
    expect(parseInline('Docs at https://fjord.example/a?b=1. Mail mailto:kari@fjord.example!')).toEqual([
      { text: 'Docs at ' },
      { text: 'https://fjord.example/a?b=1', href: 'https://fjord.example/a?b=1' },
      { text: '. Mail ' },
      { text: 'mailto:kari@fjord.example', href: 'mailto:kari@fjord.example' },
      { text: '!' },
    ]);
  });

  it('keeps anything else as text: tags, script links, snake_case and stray stars', () => {
    expect(parseInline('<img src=x onerror=alert(1)> [x](javascript:alert(1)) file_name_here 2 * 3 * 4')).toEqual([
      { text: '<img src=x onerror=alert(1)> [x](javascript:alert(1)) file_name_here 2 * 3 * 4' },
    ]);
  });

  it('gives plain text for previews and exports', () => {
    expect(noteText('**Offer** sent\n\n- one\n- two')).toBe('Offer sent\n\n• one\n• two');
  });
});
