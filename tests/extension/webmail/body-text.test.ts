import { describe, expect, it } from 'vitest';
import { bodyText } from '../../../extension/webmail/conversation';
import { pageOf } from './load-fixture';

const text = (html: string) => bodyText(pageOf(`<html><body><div id="b">${html}</div></body></html>`).getElementById('b'));

describe('message body text, with lines as the reader sees them', () => {
  it('breaks lines at <br> and at blocks, without adding empty ones at block edges', () => {
    expect(text('a<br>b')).toBe('a\nb');
    expect(text('<div>a</div><div>b</div>')).toBe('a\nb');
    expect(text('<div>a<br></div><div>b</div>')).toBe('a\nb');
    expect(text('a<div>b</div>c')).toBe('a\nb\nc');
  });

  it("keeps blank lines: two <br>s, and Gmail's <div><br></div>", () => {
    expect(text('a<br><br>b')).toBe('a\n\nb');
    expect(text('a<div><br></div><div>b</div>')).toBe('a\n\nb');
    expect(text('a<br><br><br><br>b')).toBe('a\n\nb');
  });

  it('collapses spaces within a line and ignores source line breaks and indentation', () => {
    expect(text('\n  <div>  Kari \u00a0 Nordmann\n  </div>\n  <div>Innkjøp</div>\n')).toBe('Kari Nordmann\nInnkjøp');
  });

  it('keeps markup-looking text as text', () => {
    expect(text('&lt;img src=x onerror=alert(1)&gt;')).toBe('<img src=x onerror=alert(1)>');
  });
});
