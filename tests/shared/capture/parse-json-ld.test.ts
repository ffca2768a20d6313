import { describe, expect, it } from 'vitest';
import { parseJsonLd } from '../../../shared/capture/parse-json-ld';

describe('parseJsonLd', () => {
  it('parses well-formed JSON-LD, an object or an array of them', () => {
    expect(parseJsonLd('{"@type": "Organization", "name": "Acme"}')).toEqual([{ '@type': 'Organization', name: 'Acme' }]);
    expect(parseJsonLd('[{"a": 1}, {"b": 2}]')).toEqual([{ a: 1 }, { b: 2 }]);
  });

  it('drops // and /* */ comments but not the same characters inside strings', () => {
    const text = `{
      // a note for the CMS
      "url": "https://acme.no/", /* trailing */
      "rendered_js": "// kept"
    }`;
    expect(parseJsonLd(text)).toEqual([{ url: 'https://acme.no/', rendered_js: '// kept' }]);
  });

  it('drops an HTML comment before the data but keeps data an HTML comment wraps', () => {
    expect(parseJsonLd('<!-- John joined --> {"name": "John"}')).toEqual([{ name: 'John' }]);
    expect(parseJsonLd('<!--\n{"name": "Acme"}\n-->')).toEqual([{ name: 'Acme' }]);
    expect(parseJsonLd('//<![CDATA[\n{"name": "Acme"}\n//]]>')).toEqual([{ name: 'Acme' }]);
  });

  it('escapes raw control characters inside strings', () => {
    expect(parseJsonLd('{"description": "line 1\n\tline 2"}')).toEqual([{ description: 'line 1\n\tline 2' }]);
  });

  it('removes trailing commas', () => {
    expect(parseJsonLd('{"a": [1, 2,], "b": {"c": 3,},}')).toEqual([{ a: [1, 2], b: { c: 3 } }]);
  });

  it('reads blocks that hold several objects without an enclosing array', () => {
    expect(parseJsonLd('{"a": 1}\n{"b": 2}')).toEqual([{ a: 1 }, { b: 2 }]);
    expect(parseJsonLd('{"a": 1}, {"b": 2}')).toEqual([{ a: 1 }, { b: 2 }]);
  });

  it('decodes HTML-escaped quotes that some CMSs write', () => {
    expect(parseJsonLd('{&quot;name&quot;: &quot;Acme &amp; Sons&quot;}')).toEqual([{ name: 'Acme & Sons' }]);
  });

  it.each(['', 'null', '42', '"text"', '{"name": ', 'not json {{{'])('returns nothing for %j instead of throwing', (text) => {
    expect(parseJsonLd(text)).toEqual([]);
  });
});
